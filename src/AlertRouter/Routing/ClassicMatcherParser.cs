using System.Text;
using System.Text.RegularExpressions;

namespace AlertRouter.Routing;

/// <summary>The classic matcher syntax of Alertmanager 0.25 (<c>pkg/labels/parse.go</c>), quirks included.</summary>
internal static partial class ClassicMatcherParser
{
    // Go's \s is [\t\n\f\r ] and its $ is the end of the text.
    [GeneratedRegex(@"^[\t\n\f\r ]*([a-zA-Z_:][a-zA-Z0-9_:]*)[\t\n\f\r ]*(=~|=|!=|!~)[\t\n\f\r ]*((?s).*?)[\t\n\f\r ]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex MatcherPattern();

    /// <summary>
    /// A comma-separated list with optional braces: strips one leading <c>{</c> and one trailing <c>}</c>, splits on
    /// commas outside double quotes, drops one trailing empty piece.
    /// </summary>
    public static List<Matcher> ParseMatchers(string input)
    {
        var s = input.StartsWith('{') ? input[1..] : input;
        s = s.EndsWith('}') ? s[..^1] : s;
        var tokens = new List<string>();
        var token = new StringBuilder();
        var insideQuotes = false;
        var escaped = false;
        foreach (var c in s)
        {
            switch (c)
            {
                case ',' when !insideQuotes:
                    tokens.Add(token.ToString());
                    token.Clear();
                    continue;
                case '"':
                    if (!escaped)
                    {
                        insideQuotes = !insideQuotes;
                    }
                    else
                    {
                        escaped = false;
                    }

                    break;
                case '\\':
                    escaped = !escaped;
                    break;
                case ',':
                    break;
                default:
                    escaped = false;
                    break;
            }

            token.Append(c);
        }

        if (GoTrimSpace(token.ToString()) is { Length: > 0 } last)
        {
            tokens.Add(last);
        }

        return tokens.Select(ParseMatcher).ToList();
    }

    /// <summary>One matcher: <c>name op value</c>, the value optionally double-quoted with <c>\" \\ \n</c> escapes.</summary>
    public static Matcher ParseMatcher(string input)
    {
        var m = MatcherPattern().Match(input);
        if (!m.Success)
        {
            throw new MatcherParseException($"bad matcher format: {input}");
        }

        var raw = m.Groups[3].Value;
        var rawValue = raw;
        var expectTrailingQuote = false;
        if (rawValue.StartsWith('"'))
        {
            rawValue = rawValue[1..];
            expectTrailingQuote = true;
        }

        var value = new StringBuilder();
        var escaped = false;
        for (var i = 0; i < rawValue.Length; i++)
        {
            var c = rawValue[i];
            if (escaped)
            {
                escaped = false;
                value.Append(c switch
                {
                    'n' => "\n",
                    '"' or '\\' => c.ToString(),
                    _ => "\\" + c,
                });
                continue;
            }

            switch (c)
            {
                case '\\' when i < rawValue.Length - 1:
                    escaped = true;
                    break;
                case '"':
                    if (!expectTrailingQuote || i < rawValue.Length - 1)
                    {
                        throw new MatcherParseException($"matcher value contains unescaped double quote: {raw}");
                    }

                    expectTrailingQuote = false;
                    break;
                default:
                    value.Append(c);
                    break;
            }
        }

        if (expectTrailingQuote)
        {
            throw new MatcherParseException($"matcher value contains unescaped double quote: {raw}");
        }

        return Matcher.Create(MatcherTypeExtensions.FromOperator(m.Groups[2].Value)!.Value, m.Groups[1].Value, value.ToString());
    }

    // Go's strings.TrimSpace trims Unicode white space.
    private static string GoTrimSpace(string s) => s.Trim();
}
