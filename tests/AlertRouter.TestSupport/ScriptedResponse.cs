namespace AlertRouter.TestSupport;

/// <summary>What a <see cref="CaptureServer"/> answers: status, body, extra headers, and an optional delay first.</summary>
public sealed record ScriptedResponse(int Status = 200, string Body = "", TimeSpan Delay = default, string ContentType = "text/plain")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static ScriptedResponse Json(int status, string body) => new(status, body, ContentType: "application/json");

    public static ScriptedResponse TooManyRequests(int retryAfterSeconds) =>
        new(429, "rate limited") { Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
}
