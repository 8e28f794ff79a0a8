namespace AlertRouter.Notifiers.Sns;

/// <summary>Where a signature is valid, and the two optional variants of signing.</summary>
/// <param name="Region">The AWS region, e.g. <c>us-east-1</c>.</param>
/// <param name="Service">The signing name, <c>sns</c> for SNS.</param>
/// <param name="AddContentSha256">Adds and signs <c>x-amz-content-sha256</c> (S3-style); SNS does not send it.</param>
/// <param name="SignSessionToken">
/// Signs <c>x-amz-security-token</c> (what the AWS SDKs do); when false the token is added after signing.
/// </param>
internal sealed record SigV4Scope(string Region, string Service, bool AddContentSha256 = false, bool SignSessionToken = true);
