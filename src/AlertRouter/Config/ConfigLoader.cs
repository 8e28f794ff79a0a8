using System.Security.Cryptography;
using System.Text;
using AlertRouter.Yaml;
using AlertRouter.Inhibition;
using AlertRouter.Notifiers;

namespace AlertRouter.Config;

/// <summary>
/// Loads Alertmanager-format YAML from files and directories into a <see cref="RouterConfig"/>, reporting every error
/// (not just the first) as <c>path:line:col: message</c>. Pure apart from reading files: no caching, no globals.
/// </summary>
public sealed class ConfigLoader(EnvironmentExpander env, IEnumerable<IConfigValidator> validators, TimeProvider time)
{
    private static readonly string[] TopLevelKeys =
        ["global", "route", "routes", "receivers", "inhibit_rules", "time_intervals", "mute_time_intervals", "templates"];

    public ConfigLoadResult Load(IEnumerable<string> paths)
    {
        var ctx = new ParseContext(env);
        var files = ConfigFileSet.Enumerate(paths, ctx.Errors);
        var display = files.Select(ConfigFileSet.Display).ToList();
        var merged = new MergedDocument();
        for (var i = 0; i < files.Count; i++)
        {
            Merge(files[i], display[i], merged, ctx);
        }

        var config = ctx.Errors.Count == 0 || merged.Route is not null ? Compile(merged, ctx) : null;
        var errors = ctx.Errors.OrderBy(e => e.Location?.File, StringComparer.Ordinal).ThenBy(e => e.Location?.Line).ThenBy(e => e.Location?.Column).ToList();
        if (errors.Count > 0)
        {
            return new ConfigLoadResult(null, errors, ctx.Warnings, display);
        }

        var validation = new ConfigValidationContext(config!, config!.Templates);
        foreach (var validator in validators)
        {
            validator.Validate(validation);
        }

        var warnings = ctx.Warnings.Concat(validation.Warnings).ToList();
        if (validation.Errors.Count > 0)
        {
            return new ConfigLoadResult(null, validation.Errors, warnings, display);
        }

        config.Warnings = warnings;
        config.Sources = display;
        return new ConfigLoadResult(config, [], warnings, display);
    }

    private static void Merge(string file, string display, MergedDocument merged, ParseContext ctx)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Error((ConfigLocation?)null, $"{display}: {e.Message}");
            return;
        }

        var root = YamlDocumentReader.Read(display, text, ctx.Errors);
        if (root is null or YamlScalar { IsNull: true })
        {
            return;
        }

        var m = new MappingReader(root, "config.plain", ctx);
        if (!m.IsValid)
        {
            return;
        }

        merged.HasContent = true;
        Single(m, "global", merged, () => merged.Global, v => merged.Global = v, ctx);
        Single(m, "route", merged, () => merged.Route, v => merged.Route = v, ctx);
        Append(m, "routes", merged.AppendedRoutes, "[]*config.Route", ctx);
        Append(m, "receivers", merged.Receivers, "[]*config.Receiver", ctx);
        Append(m, "inhibit_rules", merged.InhibitRules, "[]*config.InhibitRule", ctx);
        Append(m, "time_intervals", merged.TimeIntervals, "[]config.TimeInterval", ctx);
        Append(m, "mute_time_intervals", merged.MuteTimeIntervals, "[]config.MuteTimeInterval", ctx);
        Append(m, "templates", merged.Templates, "[]string", ctx);
        m.Accept(TopLevelKeys);
        m.Finish();
    }

    private static void Single(MappingReader m, string key, MergedDocument merged, Func<YamlNode?> get, Action<YamlNode> set, ParseContext ctx)
    {
        if (m.Node(key) is not { } node)
        {
            return;
        }

        if (get() is not null)
        {
            ctx.Error(m.KeyNode(key), $"{key} is already defined at {merged.DefinedAt[key]}; exactly one file may define it");
            return;
        }

        merged.DefinedAt[key] = m.KeyNode(key)!.Location;
        set(node);
    }

    private static void Append(MappingReader m, string key, List<YamlNode> into, string goType, ParseContext ctx)
    {
        switch (m.Node(key))
        {
            case null:
                return;
            case YamlSequence sequence:
                into.AddRange(sequence.Items);
                return;
            case var other:
                ctx.Error(other, $"cannot unmarshal {other.KindTag} into {goType}");
                return;
        }
    }

    private RouterConfig? Compile(MergedDocument merged, ParseContext ctx)
    {
        if (merged.Route is null)
        {
            ctx.Error((ConfigLocation?)null, merged.HasContent ? "no routes provided" : "no route provided in config");
            return null;
        }

        var global = GlobalParser.Parse(merged.Global, ctx);
        var intervals = Unique(
            merged.MuteTimeIntervals.Select(n => (n, TimeIntervalParser.Parse(n, ctx, legacy: true), "mute time interval"))
                .Concat(merged.TimeIntervals.Select(n => (n, TimeIntervalParser.Parse(n, ctx, legacy: false), "time interval"))),
            i => i.Name, ctx);
        var templates = new List<TemplateSource>();
        var receivers = Unique(merged.Receivers.Select(n => (n, ReceiverParser.Parse(n, global, ctx, templates), "notification config name")), r => r.Name, ctx);
        var root = new RouteParser(ctx, receivers.Select(r => r.Name).ToHashSet(StringComparer.Ordinal), intervals.Select(i => i.Name).ToHashSet(StringComparer.Ordinal))
            .Root(merged.Route, merged.AppendedRoutes);
        var rules = merged.InhibitRules.Select((n, i) => InhibitRuleParser.Parse(n, i, ctx)).OfType<InhibitRule>().ToList();
        var templateSet = TemplateFiles.Load(merged.Templates, ctx, time);

        var document = merged.ToYaml();
        var canonical = YamlWriter.Write(document, s => Text(s, ctx, reveal: true), _ => false);
        return new RouterConfig(root, rules, receivers, intervals, global)
        {
            Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))),
            LoadedAt = time.GetUtcNow(),
            Templates = templates,
            MessageTemplates = templateSet,
            TemplateFiles = merged.Templates.OfType<YamlScalar>().Select(t => t.Value).ToList(),
            RedactedYaml = YamlWriter.Write(document, s => Text(s, ctx, reveal: false), ctx.Extensions.Contains, Omitted(ctx)),
            RevealedYaml = YamlWriter.Write(document, s => Text(s, ctx, reveal: true), ctx.Extensions.Contains, Omitted(ctx)),
        };
    }

    private static Func<YamlNode, string?> Omitted(ParseContext ctx) => node => ctx.Unconfigured.GetValueOrDefault(node);

    private static string? Text(YamlScalar scalar, ParseContext ctx, bool reveal)
    {
        if (scalar.IsNull)
        {
            return null;
        }

        var text = ctx.Expanded.TryGetValue(scalar, out var expanded) ? expanded : scalar.Value;
        return !reveal && ctx.Secrets.Contains(scalar) && text.Length > 0 ? Secret.Redacted : text;
    }

    // Alertmanager's "X is not unique" errors, naming both places.
    private static List<T> Unique<T>(IEnumerable<(YamlNode Node, T? Item, string What)> items, Func<T, string> name, ParseContext ctx)
        where T : class
    {
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var (node, item, what) in items)
        {
            if (item is null)
            {
                continue;
            }

            var key = name(item);
            if (seen.TryGetValue(key, out var first))
            {
                ctx.Error(node, $"{what} {Model.GoQuote.Quote(key)} is not unique (first defined at {first.Location})");
                continue;
            }

            seen[key] = node;
            result.Add(item);
        }

        return result;
    }
}
