using AlertRouter.Health;
using Microsoft.Extensions.Options;

namespace AlertRouter.Intake;

/// <summary>The "intake" health component: whether webhooks are being accepted, and headline counts.</summary>
internal sealed class IntakeHealth(IntakeMetrics metrics, IOptions<IntakeOptions> options, IHostApplicationLifetime lifetime) : IHealthContributor
{
    public ValueTask<HealthComponent> CheckAsync(CancellationToken ct)
    {
        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var details = new Dictionary<string, object?>
        {
            ["accepting"] = !stopping,
            ["auth_required"] = options.Value.AuthRequired,
            ["max_body_bytes"] = options.Value.MaxBodyBytes,
            ["webhooks_accepted"] = metrics.Accepted,
            ["webhooks_rejected"] = metrics.Rejected,
        };
        return ValueTask.FromResult(new HealthComponent("intake", stopping ? HealthStatus.Degraded : HealthStatus.Healthy, details,
            stopping ? ["shutting down: new webhooks get 503"] : [])
        {
            Headline = new Dictionary<string, double>
            {
                ["webhooks_accepted"] = metrics.Accepted,
                ["webhooks_rejected"] = metrics.Rejected,
                ["alerts_received"] = metrics.AlertsReceived,
            },
        });
    }
}
