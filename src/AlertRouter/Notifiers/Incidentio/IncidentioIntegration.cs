using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>
/// <c>incidentio_configs</c>: incident.io publishes no request rate for alert sources (only the 512 KiB payload limit),
/// so it is not paced, but a 429's Retry-After holds every notification to the same alert source; a configured
/// <c>timeout</c> replaces Delivery's attempt timeout.
/// </summary>
internal sealed class IncidentioIntegration : Integration<IncidentioConfig, IncidentioNotifier>
{
    public override string Type => "incidentio";

    public override IncidentioConfig Parse(YamlNode node, IntegrationParseScope scope) => IncidentioParser.Parse(node, scope);

    public override Pace? Pacing(IncidentioConfig c) => Pace.HeldOnly("incidentio:" + Pace.Hash(c.Url.Reveal()));

    public override TimeSpan? AttemptTimeout(IncidentioConfig c) => c.Timeout > TimeSpan.Zero ? c.Timeout : null;

    public override string Describe(IncidentioConfig c) => $"incident.io alert source at {Host(c.Url.Reveal())}";
}
