using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.VictorOps;

/// <summary>
/// <c>victorops_configs</c>: not paced (the REST endpoint publishes no limit), but a <c>Retry-After</c> holds every
/// notification sent with the same API key.
/// </summary>
internal sealed class VictorOpsIntegration : Integration<VictorOpsConfig, VictorOpsNotifier>
{
    public override string Type => "victorops";

    public override object? ParseGlobals(GlobalScope scope) => VictorOpsGlobals.Parse(scope);

    public override VictorOpsConfig Parse(YamlNode node, IntegrationParseScope scope) => VictorOpsParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(VictorOpsConfig c) =>
        Texts(("routing_key", c.RoutingKey), ("message_type", c.MessageType), ("state_message", c.StateMessage),
            ("entity_display_name", c.EntityDisplayName), ("monitoring_tool", c.MonitoringTool))
        .Concat(Texts([.. c.CustomFields.Select(f => ($"custom_fields.{f.Key}", (string?)f.Value))]));

    public override Pace? Pacing(VictorOpsConfig c) => c.ApiKey is { } key ? Pace.HeldOnly("victorops:" + Pace.Hash(key.Reveal())) : null;

    public override string Describe(VictorOpsConfig c) => $"routing key {c.RoutingKey} at {Host(c.ApiUrl)}";
}
