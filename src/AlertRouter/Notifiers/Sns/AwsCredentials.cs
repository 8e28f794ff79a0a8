namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// AWS credentials for SigV4: an access key, its secret and, for temporary credentials, the session token.
/// <see cref="ToString"/> names only the access key id, so the secret and the token never reach a log.
/// </summary>
internal sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
