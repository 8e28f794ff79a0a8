namespace AlertRouter.Store;

/// <summary>
/// Settings under <c>AlertRouter:Retention</c>: how long history is kept. Nothing pending, retrying or dead is ever
/// purged; dead letters stay until replayed.
/// </summary>
public sealed record Retention
{
    public const string Section = "AlertRouter:Retention";

    /// <summary>Delivered and cancelled notifications in the delivery log. Default 7 days.</summary>
    public TimeSpan DeliveryLog { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Webhook receipts, for dedup of redeliveries; keep above Intake:DedupWindow. Default 1 hour.</summary>
    public TimeSpan Receipts { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Resolved alerts no group holds any more (the alerts API shows them until then). Default 1 day.</summary>
    public TimeSpan ResolvedAlerts { get; set; } = TimeSpan.FromDays(1);
}
