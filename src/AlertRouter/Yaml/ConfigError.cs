namespace AlertRouter.Yaml;

/// <summary>One config problem, printed as <c>path:line:col: message</c> (or just the message when it has no place).</summary>
public sealed record ConfigError(ConfigLocation? Location, string Message)
{
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}
