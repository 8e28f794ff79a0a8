using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>
/// The sections of every file, merged: one <c>route:</c> (and one <c>global:</c>), other files' <c>routes:</c>
/// appended under the root, and the lists concatenated in file order.
/// </summary>
internal sealed class MergedDocument
{
    public YamlNode? Global { get; set; }

    public YamlNode? Route { get; set; }

    /// <summary>Where each single-file section (<c>route</c>, <c>global</c>) was defined.</summary>
    public Dictionary<string, ConfigLocation> DefinedAt { get; } = new(StringComparer.Ordinal);

    public List<YamlNode> AppendedRoutes { get; } = [];

    public List<YamlNode> Receivers { get; } = [];

    public List<YamlNode> InhibitRules { get; } = [];

    public List<YamlNode> TimeIntervals { get; } = [];

    public List<YamlNode> MuteTimeIntervals { get; } = [];

    public List<YamlNode> Templates { get; } = [];

    /// <summary>True when at least one file had content.</summary>
    public bool HasContent { get; set; }

    /// <summary>The merged config as one Alertmanager document.</summary>
    public YamlMapping ToYaml()
    {
        var root = new ConfigLocation("", 1, 1);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();

        void Add(string key, YamlNode? value)
        {
            if (value is not null)
            {
                entries.Add(KeyValuePair.Create(new YamlScalar(root, key, YamlScalarStyle.Plain, null), value));
            }
        }

        YamlSequence? List(List<YamlNode> items) => items.Count == 0 ? null : new YamlSequence(root, items);

        Add("global", Global);
        if (Route is YamlMapping route)
        {
            var own = route["routes"] is YamlSequence s ? s.Items : [];
            var children = own.Concat(AppendedRoutes).ToList();
            var routeEntries = route.Entries.Where(e => e.Key.Value != "routes").ToList();
            if (children.Count > 0)
            {
                routeEntries.Add(KeyValuePair.Create(new YamlScalar(route.Location, "routes", YamlScalarStyle.Plain, null), (YamlNode)new YamlSequence(route.Location, children)));
            }

            Add("route", new YamlMapping(route.Location, routeEntries));
        }

        Add("inhibit_rules", List(InhibitRules));
        Add("receivers", List(Receivers));
        Add("templates", List(Templates));
        Add("mute_time_intervals", List(MuteTimeIntervals));
        Add("time_intervals", List(TimeIntervals));
        return new YamlMapping(root, entries);
    }
}
