using AlertRouter.Yaml;
using AlertRouter.Routing;

namespace AlertRouter.Config;

/// <summary>Reads the three matcher spellings of routes and inhibition rules: <c>match</c>, <c>match_re</c> and <c>matchers</c>.</summary>
internal static class MatcherReader
{
    /// <summary><c>match</c>: label name → exact value.</summary>
    public static IEnumerable<Matcher> Match(MappingReader m, string key)
    {
        foreach (var (name, value) in m.StringMap(key) ?? [])
        {
            if (!MatcherSyntax.IsClassicLabelName(name.Value))
            {
                m.Context.Error(name, $"invalid label name {Model.GoQuote.Quote(name.Value)}");
                continue;
            }

            if (value.Resolved)
            {
                yield return Matcher.Create(MatcherType.Equal, name.Value, value.Value!);
            }
        }
    }

    /// <summary><c>match_re</c>: label name → regex, shown anchored (<c>^(?:re)$</c>) as Alertmanager shows it.</summary>
    public static IEnumerable<Matcher> MatchRe(MappingReader m, string key)
    {
        var node = m.Node(key);
        if (node is not YamlMapping mapping)
        {
            if (node is not null)
            {
                m.Context.Error(node, $"cannot unmarshal {node.KindTag} into config.MatchRegexps");
            }

            yield break;
        }

        foreach (var (name, valueNode) in mapping.Entries)
        {
            if (!MatcherSyntax.IsClassicLabelName(name.Value))
            {
                m.Context.Error(name, $"invalid label name {Model.GoQuote.Quote(name.Value)}");
                continue;
            }

            if (valueNode is YamlScalar { IsNull: true })
            {
                m.Context.Error(valueNode, $"invalid regexp value for {Model.GoQuote.Quote(name.Value)}");
                continue;
            }

            var value = MappingReader.ReadString(valueNode, m.Context);
            if (!value.Resolved)
            {
                continue;
            }

            Matcher? matcher = null;
            try
            {
                Matcher.Create(MatcherType.Regexp, name.Value, value.Value!);
                matcher = Matcher.Create(MatcherType.Regexp, name.Value, "^(?:" + value.Value + ")$");
            }
            catch (MatcherParseException e)
            {
                m.Context.Error(valueNode, e.Message);
            }

            if (matcher is not null)
            {
                yield return matcher;
            }
        }
    }

    /// <summary><c>matchers</c>: a list whose every item is itself a matcher list (fallback syntax).</summary>
    public static IEnumerable<Matcher> Matchers(MappingReader m, string key)
    {
        foreach (var line in m.StringList(key) ?? [])
        {
            if (!line.Resolved)
            {
                continue;
            }

            MatcherParseResult? parsed = null;
            try
            {
                parsed = MatcherParser.ParseList(line.Value!);
            }
            catch (MatcherParseException e)
            {
                m.Context.Error(line.Node, e.Message);
            }

            if (parsed?.Warning is { } warning)
            {
                m.Context.Warn(line.Node, warning);
            }

            foreach (var matcher in parsed?.Matchers ?? [])
            {
                yield return matcher;
            }
        }
    }
}
