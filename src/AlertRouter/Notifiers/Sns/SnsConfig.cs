using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// <c>sns_configs</c>: an SNS Publish to a topic, a target or a phone number, signed with SigV4. Template fields null
/// mean Alertmanager's default templates; <see cref="Subject"/> "" means no Subject parameter at all.
/// send_resolved defaults to true.
/// </summary>
public sealed record SnsConfig() : IntegrationConfig("sns")
{
    /// <summary><c>api_url</c> (a template): the endpoint; null for the region's (https://sns.&lt;region&gt;.amazonaws.com/).</summary>
    public string? ApiUrl { get; init; }

    public SnsSigV4 SigV4 { get; init; } = new();

    public string? TopicArn { get; init; }

    public string? PhoneNumber { get; init; }

    public string? TargetArn { get; init; }

    public string? Subject { get; init; }

    public string? Message { get; init; }

    /// <summary><c>attributes</c>: names and values are both templates.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat(new[] { SigV4.AccessKey, SigV4.SecretKey }.OfType<Secret>());
}
