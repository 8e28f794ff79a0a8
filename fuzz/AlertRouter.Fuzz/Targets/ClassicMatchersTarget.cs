using AlertRouter.Routing;

namespace AlertRouter.Fuzz.Targets;

/// <summary>The classic matcher parser (Alertmanager 0.25's <c>pkg/labels</c>): route <c>matchers:</c>, API filters.</summary>
internal sealed class ClassicMatchersTarget : IFuzzTarget
{
    public string Name => "matchers-classic";

    public void Run(ReadOnlySpan<byte> input) => MatcherRoundTrip.Check(FuzzText.Decode(input), MatcherParseMode.Classic);
}
