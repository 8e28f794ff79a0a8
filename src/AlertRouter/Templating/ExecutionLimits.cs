namespace AlertRouter.Templating;

/// <summary>
/// Bounds that keep a hostile template from hanging or exhausting the service. Go allows 100,000 nested template
/// calls; each nested call here costs several .NET frames, so the default of 1,000 keeps far below a 1 MiB stack.
/// </summary>
internal sealed record ExecutionLimits
{
    public static readonly ExecutionLimits Default = new();

    /// <summary>Largest rendered output, in UTF-16 units.</summary>
    public int MaxOutputChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of <c>{{template}}</c> calls and parenthesised pipelines.</summary>
    public int MaxCallDepth { get; init; } = 1000;

    /// <summary>Most nodes evaluated in one render (loops included).</summary>
    public long MaxSteps { get; init; } = 10_000_000;
}
