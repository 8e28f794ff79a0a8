namespace AlertRouter.Notifiers.Email;

/// <summary>Email notifier log events (72xx): redacted text only.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(7201, LogLevel.Warning, "Email for receiver {Receiver} delivered, but not to every recipient: {Detail}")]
    public static partial void RecipientsRefused(this ILogger logger, string receiver, string detail);
}
