using AlertRouter.Model;
using AlertRouter.Store;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>An alert store holding a fixed list, for the routes-test inhibition check.</summary>
internal sealed class FakeAlertStore(params Alert[] alerts) : IAlertStore
{
    public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StoredAlert>>(alerts
            .Where(a => query.Status is null || a.StatusAt(query.Now) == query.Status)
            .Select(a => new StoredAlert(a, a.StartsAt, a.StartsAt, 1)).ToList());

    public Task PingAsync(CancellationToken ct) => Task.CompletedTask;
}
