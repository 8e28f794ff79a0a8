using AlertRouter.Notifiers;
using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>
/// One <c>receivers:</c> entry: each registered integration's <c>&lt;type&gt;_configs</c> list is parsed by that
/// integration (<see cref="Integrations.All"/>); Alertmanager's other integration blocks load (so a plain
/// alertmanager.yml works) with a warning that AlertRouter does not deliver them. An integration with an unset
/// <c>${VAR}</c> is kept but unconfigured.
/// </summary>
internal static class ReceiverParser
{
    public static Receiver? Parse(YamlNode node, GlobalConfig global, ParseContext ctx, List<TemplateSource> templates)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        if (!m.IsValid)
        {
            return null;
        }

        var nameText = m.Str("name");
        var name = nameText.Value ?? "";
        if (!nameText.Resolved || name.Length == 0)
        {
            ctx.Error(node, "missing name in receiver");
        }

        // In registration order, which is Alertmanager's order of a receiver's integrations; each type in config order.
        var integrations = new List<IntegrationConfig>();
        foreach (var integration in Integrations.All)
        {
            var type = integration.Type;
            var items = m.List($"{type}_configs",
                (item, index) => ParseIntegration(item, new IntegrationParseScope(name, type, index, global, ctx, templates, []), integration),
                $"[]*config.{type}Config");
            integrations.AddRange(items ?? []);
        }

        m.Finish();
        return new Receiver(name, integrations) { Source = node.Location };
    }

    private static IntegrationConfig ParseIntegration(YamlNode item, IntegrationParseScope scope, IIntegration integration)
    {
        IntegrationConfig config;
        using (scope.Context.CollectMissing(scope.Missing))
        {
            config = integration.Parse(item, scope);
        }

        var missing = scope.Missing.Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var reason = $"{scope.Name} is unconfigured: {string.Join(", ", missing.Select(Describe))}";
            scope.Context.Warn(item, $"receiver {Model.GoQuote.Quote(scope.Receiver)}: {reason}");
            scope.Context.Unconfigured[item] = $"left out: {reason}";
        }

        return config with { MissingVariables = missing };
    }

    private static string Describe(string missing) => missing.Contains(':', StringComparison.Ordinal) ? missing.Replace(":", " ", StringComparison.Ordinal) + " is unreadable" : $"${{{missing}}} is not set";
}
