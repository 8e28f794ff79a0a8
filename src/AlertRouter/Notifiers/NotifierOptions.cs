namespace AlertRouter.Notifiers;

/// <summary>Notifier settings that are not part of Alertmanager's receiver config.</summary>
internal sealed class NotifierOptions
{
    /// <summary>
    /// Upper bound for one SMTP conversation (SmtpClient has no per-call timeout of its own for async sends). HTTP
    /// notifiers rely on Delivery's per-attempt timeout and the webhook's own <c>timeout</c>.
    /// </summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
