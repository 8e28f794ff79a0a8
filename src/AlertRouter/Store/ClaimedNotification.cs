namespace AlertRouter.Store;

/// <summary>A notification leased for delivery, with the nflog entry as it is now (for the send-time dedup check).</summary>
public sealed record ClaimedNotification(
    string Id,
    string GroupId,
    string GroupKey,
    string Receiver,
    string Integration,
    string Reason,
    NotificationPayload Payload,
    DateTimeOffset FlushAt,
    DateTimeOffset CreatedAt,
    int Attempts,
    NflogEntry? Nflog)
{
    public string Lane => $"{Receiver}/{Integration}";
}
