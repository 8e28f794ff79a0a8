namespace AlertRouter.Notifiers.Http;

/// <summary>An HTTP answer: status, body (UTF-8, capped) and the parsed <c>Retry-After</c>.</summary>
internal sealed record HttpReply(int Status, string Body, TimeSpan? RetryAfter)
{
    /// <summary>
    /// Every header of the answer (case-insensitive; repeated ones joined by <c>, </c>), for vendors that tell their
    /// wait in headers of their own (<c>X-RateLimit-Period-In-Sec</c>, <c>X-RateLimit-Reset</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body for an error text: whitespace-trimmed and cut at 1024 characters.</summary>
    public string TrimmedBody => Templates.GoStrings.TruncateInRunes(Body.Trim(), 1024);
}
