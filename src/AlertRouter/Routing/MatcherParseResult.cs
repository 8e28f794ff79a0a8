namespace AlertRouter.Routing;

/// <param name="Warning">Set when fallback mode had to use the classic parser or the two parsers disagreed.</param>
public sealed record MatcherParseResult(IReadOnlyList<Matcher> Matchers, string? Warning);
