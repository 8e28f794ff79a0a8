namespace AlertRouter.Yaml;

/// <summary>
/// A problem that does not stop the config from loading (an unconfigured integration, an Alertmanager feature
/// AlertRouter does not deliver). <c>check-config --strict</c> turns warnings into errors.
/// </summary>
public sealed record ConfigWarning(ConfigLocation? Location, string Message)
{
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}
