namespace AlertRouter.Yaml;

/// <summary>A position in a config file; 1-based line and column.</summary>
public sealed record ConfigLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
