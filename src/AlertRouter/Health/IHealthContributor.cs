namespace AlertRouter.Health;

/// <summary>A stage's contribution to the health endpoints. Each stage registers one as a singleton.</summary>
public interface IHealthContributor
{
    ValueTask<HealthComponent> CheckAsync(CancellationToken ct);
}
