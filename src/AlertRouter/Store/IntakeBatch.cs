using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// One accepted webhook, ready to commit. <see cref="ContentHash"/> identifies the notification's content (group key,
/// alert fingerprints, statuses and times), so the same notification delivered twice, by an Alertmanager retry or by
/// both peers of an HA pair, is recorded once.
/// <see cref="Groups"/>[i] are the aggregation groups routing gives <see cref="Alerts"/>[i]; the store adds the
/// alert to them when the alert is new or changed, in the same transaction.
/// </summary>
public sealed record IntakeBatch(
    string ReceiptId,
    string ContentHash,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<Alert> Alerts,
    IReadOnlyList<IReadOnlyList<GroupRef>> Groups);
