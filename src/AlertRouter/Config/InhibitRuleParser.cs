using AlertRouter.Yaml;
using AlertRouter.Inhibition;
using AlertRouter.Routing;

namespace AlertRouter.Config;

/// <summary><c>inhibit_rules</c> entries (§5): legacy and new matchers of each side AND-ed, plus <c>equal</c>.</summary>
internal static class InhibitRuleParser
{
    public static InhibitRule? Parse(YamlNode node, int index, ParseContext ctx)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        if (!m.IsValid)
        {
            return null;
        }

        var name = m.Str("name");
        var source = MatcherReader.Match(m, "source_match").Concat(MatcherReader.MatchRe(m, "source_match_re"))
            .Concat(MatcherReader.Matchers(m, "source_matchers")).ToList();
        var target = MatcherReader.Match(m, "target_match").Concat(MatcherReader.MatchRe(m, "target_match_re"))
            .Concat(MatcherReader.Matchers(m, "target_matchers")).ToList();
        var equal = new List<string>();
        foreach (var label in m.StringList("equal") ?? [])
        {
            if (!label.Resolved)
            {
                continue;
            }

            if (!MatcherSyntax.IsClassicLabelName(label.Value!))
            {
                ctx.Error(label.Node, $"invalid label name {Model.GoQuote.Quote(label.Value!)} in equal list");
                continue;
            }

            equal.Add(label.Value!);
        }

        m.Finish();
        return new InhibitRule(index, name.Resolved && name.Value!.Length > 0 ? name.Value : null,
            Matchers.Sorted(source), Matchers.Sorted(target), equal)
        {
            Source = node.Location.ToString(),
        };
    }
}
