using AlertRouter.Health;

namespace AlertRouter.Config;

/// <summary>
/// The "config" health component: not ready until a config is loaded; degraded after a failed reload (listing every
/// error) or while integrations are unconfigured; the hash, load time and sources in its details.
/// </summary>
internal sealed class ConfigHealthContributor(FileRouterConfigProvider provider) : IHealthContributor
{
    public ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var status = provider.Status;
        if (!provider.IsLoaded)
        {
            var issues = status.Errors.Select(e => e.ToString()).DefaultIfEmpty("no configuration loaded").ToList();
            return ValueTask.FromResult(new HealthComponent("config", HealthStatus.Unhealthy, new Dictionary<string, object?>(), issues)
            {
                NotReady = "config: no configuration loaded",
            });
        }

        var config = provider.Current;
        var unconfigured = config.ReceiverList
            .SelectMany(r => r.Integrations.Where(i => !i.IsConfigured).Select(i => $"{r.Name}/{i.Name}: unset {string.Join(", ", i.MissingVariables)}"))
            .ToList();
        var problems = status.LastSucceeded ? [] : status.Errors.Select(e => $"last reload failed: {e}").ToList();
        problems.AddRange(unconfigured.Select(u => $"integration unconfigured: {u}"));
        var details = new Dictionary<string, object?>
        {
            ["hash"] = config.Hash,
            ["loadedAt"] = config.LoadedAt,
            ["sources"] = config.Sources,
            ["lastReloadSuccessful"] = status.LastSucceeded,
            ["lastReloadAt"] = status.LastAttemptAt,
            ["receivers"] = config.Receivers.Count,
            ["routes"] = config.RoutesById.Count,
            ["inhibitRules"] = config.InhibitRules.Count,
            ["unconfiguredIntegrations"] = unconfigured,
        };
        var health = problems.Count == 0 ? HealthStatus.Healthy : HealthStatus.Degraded;
        return ValueTask.FromResult(new HealthComponent("config", health, details, problems)
        {
            Headline = new Dictionary<string, double> { ["config_last_reload_successful"] = status.LastSucceeded ? 1 : 0 },
        });
    }
}
