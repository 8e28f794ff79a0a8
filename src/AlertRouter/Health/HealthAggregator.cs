namespace AlertRouter.Health;

/// <summary>Asks every <see cref="IHealthContributor"/> in turn; one that throws counts as unhealthy, never as a 500.</summary>
internal sealed class HealthAggregator(IEnumerable<IHealthContributor> contributors, ProcessClock clock, IHostApplicationLifetime lifetime)
{
    public async Task<HealthReport> CheckAsync(CancellationToken ct)
    {
        var components = new List<HealthComponent>();
        foreach (var contributor in contributors)
        {
            try
            {
                components.Add(await contributor.CheckAsync(ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var name = contributor.GetType().Name.Replace("Health", "", StringComparison.Ordinal).ToLowerInvariant();
                components.Add(new HealthComponent(name, HealthStatus.Unhealthy, new Dictionary<string, object?>(), [ex.Message])
                {
                    NotReady = $"{name}: {ex.Message}",
                });
            }
        }

        var notReady = components.Where(c => c.NotReady is not null).Select(c => c.NotReady!).ToList();
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            notReady.Add("shutting down");
        }

        var status = components.Count == 0 ? HealthStatus.Healthy : components.Max(c => c.Status);
        return new HealthReport(status, clock.Timestamp, clock.UptimeSeconds, components, notReady);
    }
}
