using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>
/// <c>pagerduty_configs</c>: paced per routing (or service) key at PagerDuty's ~120 events/min with bursts of 10; a
/// notification in <c>dedup_key_mode: alert</c> costs one event per alert.
/// </summary>
internal sealed class PagerDutyIntegration : Integration<PagerDutyConfig, PagerDutyNotifier>
{
    private const int Burst = 10;

    public override string Type => "pagerduty";

    public override object? ParseGlobals(GlobalScope scope) => PagerDutyGlobals.Parse(scope);

    public override PagerDutyConfig Parse(YamlNode node, IntegrationParseScope scope) => PagerDutyParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(PagerDutyConfig c)
    {
        var fields = Texts(("description", c.Description), ("client", c.Client), ("client_url", c.ClientUrl), ("severity", c.Severity),
            ("source", c.Source), ("class", c.Class), ("component", c.Component), ("group", c.Group));
        var details = c.Details.Select(d => ($"details.{d.Key}", (string?)d.Value));
        var images = c.Images.SelectMany((image, i) => new[] { ($"images[{i}].src", image.Src), ($"images[{i}].alt", image.Alt), ($"images[{i}].href", image.Href) });
        var links = c.Links.SelectMany((link, i) => new[] { ($"links[{i}].href", link.Href), ($"links[{i}].text", link.Text) });
        return fields.Concat(Texts([.. details, .. images, .. links]));
    }

    public override Pace? Pacing(PagerDutyConfig c) => (c.RoutingKey ?? c.ServiceKey) is { } key
        ? new Pace("pagerduty:" + Pace.Hash(key.Reveal()), 120, TimeSpan.FromMinutes(1), Burst, "PagerDutyPerKeyPerMinute")
        : null;

    public override int AttemptCost(PagerDutyConfig c, NotificationContext context) =>
        c.DedupKeyMode == PagerDutyDedupKeyMode.Alert ? Math.Max(1, context.Alerts.Count) : 1;

    public override string Describe(PagerDutyConfig c) => c switch
    {
        { RoutingKey: { } key } => $"routing key …{Last4(key.Reveal())} at {Host(c.Url)}",
        { ServiceKey: { } key } => $"service key …{Last4(key.Reveal())} at {Host(c.Url)}",
        _ => Type,
    };

    public override void Preview(PagerDutyConfig config, NotificationContext context, IServiceProvider services) =>
        services.GetRequiredService<PagerDutyEventBuilder>().Build(config, context);

    public override void AddServices(IServiceCollection services)
    {
        base.AddServices(services);
        services.TryAddSingleton<PagerDutyEventBuilder>();
    }
}
