namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// <c>sns_configs.sigv4</c>: region and static keys; without them the standard environment variables
/// (<c>AWS_REGION</c>, <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c>) apply, as in
/// the AWS SDK's default chain.
/// </summary>
public sealed record SnsSigV4
{
    public string? Region { get; init; }

    /// <summary>Not secret to AWS, but it names the account's key: kept out of logs and the API like the secret.</summary>
    public Secret? AccessKey { get; init; }

    public Secret? SecretKey { get; init; }
}
