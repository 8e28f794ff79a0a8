using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// The durable alert store behind intake. <see cref="CommitAsync"/> returns only once every batch is committed
/// (fsync'd): intake answers 202 after that and not before.
/// </summary>
public interface IAlertStore
{
    /// <summary>Commits several webhooks in one transaction (group commit); one outcome per batch, in order.</summary>
    Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct);

    Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct);

    /// <summary>Throws when the store cannot be reached; used by readiness.</summary>
    Task PingAsync(CancellationToken ct);
}
