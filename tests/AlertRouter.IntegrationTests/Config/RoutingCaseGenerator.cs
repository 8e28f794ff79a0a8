using System.Text;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>
/// Deterministic generator of route configs and label arguments for the amtool differential test: nested routes,
/// <c>continue</c>, all four operators, regexes, legacy match/match_re, brace lists, missing labels and quoting.
/// </summary>
internal sealed class RoutingCaseGenerator(int seed)
{
    private static readonly string[] Names = ["a", "b", "team", "env", "severity", "service", "job"];

    private static readonly string[] Values =
        ["", "1", "2", "foo", "bar", "foo bar", "prod", "production", "café", "x,y", "a\"b", "back\\slash", "{x}", "dev-1", "🙂", "FOO"];

    private static readonly string[] Common = ["1", "2", "foo", "prod", "production", ""];

    private static readonly string[] Regexes =
    [
        "foo|bar", "fo.*", ".*", ".+", "prod.*", "[a-c]", "\\d+", "[[:alpha:]]+", "(?i)FOO", "a|", "caf.", "x,y", "dev-\\d",
        "[^a]*", "f(o)+", "(foo|ba[rz])", "", "1|2", "[12]", "^[12]$", "production|staging", "\\w+", ".", "..", "é|e",
        "(?:a|b)c?", "\\S+", "[\\s\\S]*", "(?i)caf[ÉE]", "🙂|x", "a{0,2}", "\\{x\\}", "back\\\\slash", "[^[:space:]]+",
    ];

    private readonly Random _random = new(seed);

    public static string[] Receivers => ["r0", "r1", "r2", "r3", "r4", "r5"];

    public string Config()
    {
        var sb = new StringBuilder("route:\n  receiver: r0\n");
        if (_random.Next(3) == 0)
        {
            sb.Append("  group_by: [alertname]\n");
        }

        AppendChildren(sb, depth: 1, indent: "  ");
        sb.Append("receivers:\n");
        foreach (var receiver in Receivers)
        {
            sb.Append("  - name: ").Append(receiver).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Label arguments for <c>routes test</c>; now and then one amtool must reject.</summary>
    public List<string> Labels()
    {
        var args = new List<string>();
        if (_random.Next(25) == 0)
        {
            args.Add(Pick(["a!=b", "a=~b", "bad-name=1", "{a=b}", "a=\"unterminated", "a b", "=x"]));
        }

        foreach (var name in Names.Where(_ => _random.Next(3) > 0))
        {
            var value = _random.Next(2) == 0 ? Pick(Common) : Pick(Values);
            args.Add(value.All(char.IsAsciiLetterOrDigit) ? $"{name}={value}" : $"{name}=\"{Escape(value)}\"");
        }

        return args.OrderBy(_ => _random.Next()).ToList();
    }

    public bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void AppendChildren(StringBuilder sb, int depth, string indent)
    {
        var count = depth == 1 ? 1 + _random.Next(4) : depth > 3 ? 0 : _random.Next(4);
        if (count == 0)
        {
            return;
        }

        sb.Append(indent).Append("routes:\n");
        for (var i = 0; i < count; i++)
        {
            var item = indent + "  - ";
            var inner = indent + "    ";
            var lines = new List<string>();
            lines.AddRange(MatcherLines(inner));
            if (_random.Next(3) > 0)
            {
                lines.Add($"receiver: {Pick(Receivers)}");
            }

            if (_random.Next(2) == 0)
            {
                lines.Add("continue: true");
            }

            if (lines.Count == 0)
            {
                lines.Add("group_wait: 1m");
            }

            sb.Append(item).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                sb.Append(inner).Append(line).Append('\n');
            }

            AppendChildren(sb, depth + 1, inner);
        }
    }

    private IEnumerable<string> MatcherLines(string inner)
    {
        switch (_random.Next(5))
        {
            case 0:
                yield return "match: {" + string.Join(", ", Distinct(1 + _random.Next(2)).Select(n => $"{n}: {Yaml(_random.Next(2) == 0 ? Pick(Common) : Pick(Values))}")) + "}";
                break;
            case 1:
                yield return "match_re: {" + string.Join(", ", Distinct(1 + _random.Next(2)).Select(n => $"{n}: {Yaml(Pick(Regexes))}")) + "}";
                break;
            case 4 when _random.Next(2) == 0:
                yield break;
            default:
                var items = Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => Yaml(MatcherItem()));
                yield return "matchers: [" + string.Join(", ", items) + "]";
                break;
        }

        _ = inner;
    }

    private string MatcherItem()
    {
        var parts = Distinct(1 + (_random.Next(4) == 0 ? 1 : 0)).Select(Matcher).ToList();
        return parts.Count > 1 || _random.Next(4) == 0 ? "{" + string.Join(", ", parts) + "}" : parts[0];
    }

    private string Matcher(string name)
    {
        var op = Pick(["=", "!=", "=~", "!~"]);
        var value = op.Contains('~', StringComparison.Ordinal) ? Pick(Regexes) : _random.Next(2) == 0 ? Pick(Common) : Pick(Values);
        return value.All(char.IsAsciiLetterOrDigit) && _random.Next(2) == 0 ? $"{name}{op}{value}" : $"{name}{op}\"{Escape(value)}\"";
    }

    private IEnumerable<string> Distinct(int count) => Names.OrderBy(_ => _random.Next()).Take(count);

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
