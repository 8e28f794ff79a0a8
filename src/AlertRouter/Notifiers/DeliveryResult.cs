namespace AlertRouter.Notifiers;

/// <summary>The outcome of one attempt: Delivered, Retryable or Permanent.</summary>
public abstract record DeliveryResult(int? StatusCode)
{
    /// <summary>Redacted error text for logs, the delivery log and the API; null when delivered.</summary>
    public virtual string? Error => null;
}

/// <param name="ReceiverData">State to keep for the next delivery of this group (Slack channel id and ts).</param>
public sealed record Delivered(int? StatusCode, IReadOnlyDictionary<string, string>? ReceiverData = null) : DeliveryResult(StatusCode);

/// <param name="RetryAfter">The server's <c>Retry-After</c>, when it sent one: the next attempt waits exactly this long.</param>
public sealed record Retryable(FailureReason Reason, int? StatusCode, string Message, TimeSpan? RetryAfter = null) : DeliveryResult(StatusCode)
{
    public override string? Error => Message;
}

public sealed record Permanent(FailureReason Reason, int? StatusCode, string Message) : DeliveryResult(StatusCode)
{
    public override string? Error => Message;
}
