using AlertRouter.Routing;

namespace AlertRouter.Fuzz.Targets;

/// <summary>The UTF-8 matcher parser alone (<c>utf8-strict-mode</c>) and in the default fallback mode.</summary>
internal sealed class Utf8MatchersTarget : IFuzzTarget
{
    public string Name => "matchers-utf8";

    public void Run(ReadOnlySpan<byte> input)
    {
        var text = FuzzText.Decode(input);
        MatcherRoundTrip.Check(text, MatcherParseMode.Utf8Strict);
        MatcherRoundTrip.Check(text, MatcherParseMode.Fallback);
    }
}
