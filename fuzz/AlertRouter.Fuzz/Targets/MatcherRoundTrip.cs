using AlertRouter.Routing;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// What both matcher targets check: parsing throws nothing but <see cref="MatcherParseException"/>, and what parsed
/// prints (<c>Matcher.String()</c>) and parses back, in the same mode, to the same matchers.
/// </summary>
internal static class MatcherRoundTrip
{
    public static void Check(string text, MatcherParseMode mode)
    {
        if (Parse(() => MatcherParser.ParseList(text, mode)) is { } list)
        {
            var printed = Matchers.Of(list).ToString();
            var again = Reparse(printed, () => MatcherParser.ParseList(printed, mode));
            PropertyViolation.Unless(again.SequenceEqual(list), $"{mode}: {printed} parses back to the same list");
            foreach (var matcher in list)
            {
                CheckOne(matcher, mode);
            }
        }

        if (Parse(() => MatcherParser.ParseOne(text, mode)) is { } one)
        {
            PropertyViolation.Unless(one.Count == 1, "ParseOne gives one matcher");
            CheckOne(one[0], mode);
        }
    }

    private static void CheckOne(Matcher matcher, MatcherParseMode mode)
    {
        var printed = matcher.ToString();
        var again = Reparse(printed, () => MatcherParser.ParseOne(printed, mode))[0];
        PropertyViolation.Unless(again.Equals(matcher), $"{mode}: {printed} parses back to the same matcher");
        var matchesOwnValue = matcher.Matches(matcher.Value);
        PropertyViolation.Unless(matcher.Type != MatcherType.Equal || matchesOwnValue, "an = matcher matches its own value");
        PropertyViolation.Unless(matcher.Type != MatcherType.NotEqual || !matchesOwnValue, "a != matcher does not match its own value");
    }

    private static IReadOnlyList<Matcher> Reparse(string printed, Func<MatcherParseResult> parse)
    {
        try
        {
            return parse().Matchers;
        }
        catch (MatcherParseException e)
        {
            throw new PropertyViolation($"printed {printed} does not parse back: {e.Message}");
        }
    }

    private static IReadOnlyList<Matcher>? Parse(Func<MatcherParseResult> parse)
    {
        try
        {
            return parse().Matchers;
        }
        catch (MatcherParseException)
        {
            return null;
        }
    }
}
