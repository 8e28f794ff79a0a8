using AlertRouter.Notifiers;
using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>A named receiver and its integrations, in Alertmanager's order (webhook, email, pagerduty, slack), each type in config order.</summary>
public sealed record Receiver(string Name, IReadOnlyList<IntegrationConfig> Integrations)
{
    /// <summary>Where the receiver was defined.</summary>
    public ConfigLocation? Source { get; init; }
}
