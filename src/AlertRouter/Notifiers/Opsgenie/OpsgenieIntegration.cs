using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>
/// <c>opsgenie_configs</c>: not paced (Opsgenie's limits are per plan and per account), but a <c>Retry-After</c>
/// holds every notification sent with the same API key.
/// </summary>
internal sealed class OpsgenieIntegration : Integration<OpsgenieConfig, OpsgenieNotifier>
{
    public override string Type => "opsgenie";

    public override object? ParseGlobals(GlobalScope scope) => OpsgenieGlobals.Parse(scope);

    public override OpsgenieConfig Parse(YamlNode node, IntegrationParseScope scope) => OpsgenieParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(OpsgenieConfig c)
    {
        var fields = Texts(("message", c.Message), ("description", c.Description), ("source", c.Source), ("entity", c.Entity),
            ("actions", c.Actions), ("tags", c.Tags), ("note", c.Note), ("priority", c.Priority));
        var details = c.Details.Select(d => ($"details.{d.Key}", (string?)d.Value));
        var responders = c.Responders.SelectMany((r, i) => new[]
        {
            ($"responders[{i}].id", r.Id), ($"responders[{i}].name", r.Name), ($"responders[{i}].username", r.Username), ($"responders[{i}].type", r.Type),
        });
        return fields.Concat(Texts([.. details, .. responders]));
    }

    public override Pace? Pacing(OpsgenieConfig c) => c.ApiKey is { } key ? Pace.HeldOnly("opsgenie:" + Pace.Hash(key.Reveal())) : null;

    public override string Describe(OpsgenieConfig c) =>
        c.ApiKey is { } key ? $"API key …{Last4(key.Reveal())} at {Host(c.ApiUrl)}" : $"{Type} at {Host(c.ApiUrl)}";

    public override void AddServices(IServiceCollection services)
    {
        base.AddServices(services);
        services.TryAddSingleton<OpsgenieRequestBuilder>();
    }
}
