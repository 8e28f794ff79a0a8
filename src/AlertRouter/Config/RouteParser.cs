using AlertRouter.Yaml;
using AlertRouter.Routing;
using Route = AlertRouter.Routing.Route;

namespace AlertRouter.Config;

/// <summary>
/// Builds the route tree from <c>route:</c> (plus <c>routes:</c> lists of other files, appended under the root) with
/// Alertmanager's validation and the inheritance of §2.2.
/// </summary>
internal sealed class RouteParser(ParseContext ctx, IReadOnlySet<string> receivers, IReadOnlySet<string> intervals)
{
    public Route Root(YamlNode node, IReadOnlyList<YamlNode> appended)
    {
        var root = Build(node, parent: null, index: 0, appended, out var raw);
        if (raw.Receiver is null)
        {
            ctx.Error(node, "root route must specify a default receiver");
        }

        if (raw.HasMatchers)
        {
            ctx.Error(node, "root route must not have any matchers");
        }

        if (root.Options.MuteTimeIntervals.Count > 0)
        {
            ctx.Error(node, "root route must not have any mute time intervals");
        }

        if (root.Options.ActiveTimeIntervals.Count > 0)
        {
            ctx.Error(node, "root route must not have any active time intervals");
        }

        if (root.Continue)
        {
            ctx.Error(node, "cannot have continue in root route");
        }

        return root;
    }

    private Route Build(YamlNode node, Route? parent, int index, IReadOnlyList<YamlNode> appended, out (string? Receiver, bool HasMatchers) raw)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        var receiver = m.Str("receiver");
        var groupBy = GroupBy(m);
        var @continue = m.Bool("continue") ?? false;
        var matchers = MatcherReader.Match(m, "match").Concat(MatcherReader.MatchRe(m, "match_re")).Concat(MatcherReader.Matchers(m, "matchers")).ToList();
        var mute = Intervals(m, "mute_time_intervals");
        var active = Intervals(m, "active_time_intervals");
        var children = m.List("routes", (item, _) => item, "[]*config.Route") ?? [];
        var groupWait = m.Duration("group_wait");
        var groupInterval = m.Duration("group_interval");
        var repeatInterval = m.Duration("repeat_interval");
        if (groupInterval == TimeSpan.Zero)
        {
            ctx.Error(m.Node("group_interval"), "group_interval cannot be zero");
        }

        if (repeatInterval == TimeSpan.Zero)
        {
            ctx.Error(m.Node("repeat_interval"), "repeat_interval cannot be zero");
        }

        if (m.Node("labels") is { } labels)
        {
            ctx.Warn(labels, "route labels (Alertmanager 0.29+) are accepted but not applied by AlertRouter");
        }

        m.Finish();
        var name = receiver.Resolved && receiver.Value!.Length > 0 ? receiver.Value : null;
        if (name is not null && !receivers.Contains(name))
        {
            ctx.Error(receiver.Node, $"undefined receiver {Model.GoQuote.Quote(name)} used in route");
        }

        var inherited = parent?.Options ?? RouteOpts.Default;
        var options = inherited with
        {
            Receiver = name ?? inherited.Receiver,
            GroupBy = groupBy is null ? inherited.GroupBy : groupBy.Value.Labels,
            GroupByAll = groupBy is null ? inherited.GroupByAll : groupBy.Value.All,
            GroupWait = groupWait ?? inherited.GroupWait,
            GroupInterval = groupInterval is { } gi && gi != TimeSpan.Zero ? gi : inherited.GroupInterval,
            RepeatInterval = repeatInterval is { } ri && ri != TimeSpan.Zero ? ri : inherited.RepeatInterval,
            MuteTimeIntervals = mute,
            ActiveTimeIntervals = active,
        };
        var route = new Route(parent, index, Matchers.Sorted(matchers), @continue, options) { Source = node.Location.ToString() };
        var all = children.Concat(appended).ToList();
        route.SetChildren(all.Select((child, i) => Build(child, route, i, [], out _)).ToList());
        raw = (name, matchers.Count > 0 || m.Node("match") is YamlMapping { Entries.Count: > 0 } || m.Node("match_re") is YamlMapping { Entries.Count: > 0 });
        return route;
    }

    private (IReadOnlyList<string> Labels, bool All)? GroupBy(MappingReader m)
    {
        var items = m.StringList("group_by");
        if (items is null)
        {
            return null;
        }

        var labels = new List<string>();
        var all = false;
        foreach (var item in items.Where(i => i.Resolved))
        {
            var label = item.Value!;
            if (label == "...")
            {
                all = true;
            }
            else if (!MatcherSyntax.IsClassicLabelName(label))
            {
                ctx.Error(item.Node, $"invalid label name {Model.GoQuote.Quote(label)} in group_by list");
            }
            else if (labels.Contains(label))
            {
                ctx.Error(item.Node, $"duplicated label {Model.GoQuote.Quote(label)} in group_by");
            }
            else
            {
                labels.Add(label);
            }
        }

        if (all && labels.Count > 0)
        {
            ctx.Error(m.Node("group_by"), "cannot have wildcard group_by (`...`) and other labels at the same time");
        }

        labels.Sort(string.CompareOrdinal);
        return (labels, all);
    }

    private List<string> Intervals(MappingReader m, string key)
    {
        var names = new List<string>();
        foreach (var item in m.StringList(key) ?? [])
        {
            if (!item.Resolved)
            {
                continue;
            }

            if (!intervals.Contains(item.Value!))
            {
                ctx.Error(item.Node, $"undefined time interval {Model.GoQuote.Quote(item.Value!)} used in route");
            }

            names.Add(item.Value!);
        }

        return names;
    }
}
