using AlertRouter.Routing.Utf8;

namespace AlertRouter.Routing;

/// <summary>
/// Parses matcher lists and single matchers the way Alertmanager's <c>matcher/compat</c> does. In the default
/// fallback mode both parsers run: input the UTF-8 parser rejects but the classic one accepts is parsed as classic
/// (with a warning), disagreement resolves to classic, and when both fail the classic error is reported.
/// </summary>
public static class MatcherParser
{
    /// <summary>A list such as <c>{a="1", b=~"x"}</c> or <c>a=1,b!=2</c> (route <c>matchers:</c> items, API filters).</summary>
    public static MatcherParseResult ParseList(string input, MatcherParseMode mode = MatcherParseMode.Fallback) => mode switch
    {
        MatcherParseMode.Classic => new(ClassicMatcherParser.ParseMatchers(input), null),
        MatcherParseMode.Utf8Strict => new(Utf8MatcherParser.ParseMatchers(input), null),
        _ => Fallback(input, Utf8MatcherParser.ParseMatchers, ClassicMatcherParser.ParseMatchers),
    };

    /// <summary>Exactly one matcher, as <c>compat.Matcher</c> parses it (braces are rejected outside classic mode).</summary>
    public static MatcherParseResult ParseOne(string input, MatcherParseMode mode = MatcherParseMode.Fallback)
    {
        if (mode == MatcherParseMode.Classic)
        {
            return new([ClassicMatcherParser.ParseMatcher(input)], null);
        }

        if (input.StartsWith('{') || input.EndsWith('}'))
        {
            throw new MatcherParseException($"unexpected open or close brace: {input}");
        }

        return mode == MatcherParseMode.Utf8Strict
            ? new([Utf8MatcherParser.ParseMatcher(input)], null)
            : Fallback(input, s => [Utf8MatcherParser.ParseMatcher(s)], s => [ClassicMatcherParser.ParseMatcher(s)]);
    }

    private static MatcherParseResult Fallback(string input, Func<string, List<Matcher>> utf8, Func<string, List<Matcher>> classic)
    {
        List<Matcher>? utf8Result = null;
        MatcherParseException? utf8Error = null;
        try
        {
            utf8Result = utf8(input);
        }
        catch (MatcherParseException e)
        {
            utf8Error = e;
        }

        List<Matcher>? classicResult = null;
        MatcherParseException? classicError = null;
        try
        {
            classicResult = classic(input);
        }
        catch (MatcherParseException e)
        {
            classicError = e;
        }

        if (utf8Error is not null)
        {
            if (classicError is not null)
            {
                throw classicError;
            }

            return new(classicResult!, $"matchers {Quote(input)} are not valid in the UTF-8 matcher syntax ({utf8Error.Message}); " +
                $"parsed with the classic parser as {string.Join(',', classicResult!)}");
        }

        if (classicError is null && !classicResult!.SequenceEqual(utf8Result!))
        {
            return new(classicResult!, $"matchers {Quote(input)} parse differently in the UTF-8 and classic syntaxes; using the classic result");
        }

        return new(utf8Result!, null);
    }

    private static string Quote(string s) => Model.GoQuote.Quote(s);
}
