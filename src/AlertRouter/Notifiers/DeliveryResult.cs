namespace AlertRouter.Notifiers;

/// <summary>The outcome of one attempt: Delivered, Retryable or Permanent.</summary>
public abstract record DeliveryResult(int? StatusCode)
{
    /// <summary>
    /// Redacted error text for logs, the delivery log and the API; for a delivery, what went partly wrong (null when
    /// nothing did).
    /// </summary>
    public virtual string? Error => null;
}

/// <param name="ReceiverData">State to keep for the next delivery of this group (Slack channel id and ts).</param>
public sealed record Delivered(int? StatusCode, IReadOnlyDictionary<string, string>? ReceiverData = null) : DeliveryResult(StatusCode)
{
    /// <summary>Delivered, but not to everyone: e.g. the mail recipients a server refused, each with its reply.</summary>
    public string? Warning { get; init; }

    public override string? Error => Warning;
}

/// <param name="RetryAfter">The server's <c>Retry-After</c>, when it sent one: the next attempt waits exactly this long.</param>
public sealed record Retryable(FailureReason Reason, int? StatusCode, string Message, TimeSpan? RetryAfter = null) : DeliveryResult(StatusCode)
{
    public override string? Error => Message;
}

public sealed record Permanent(FailureReason Reason, int? StatusCode, string Message) : DeliveryResult(StatusCode)
{
    public override string? Error => Message;
}
