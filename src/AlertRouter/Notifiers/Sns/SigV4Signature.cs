namespace AlertRouter.Notifiers.Sns;

/// <summary>A computed signature, with its intermediate strings (what the tests compare with botocore's).</summary>
/// <param name="HeadersToAdd">
/// The headers the request must carry besides those signed: <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> for
/// temporary credentials, <c>x-amz-content-sha256</c> when asked for, and <c>Authorization</c>.
/// </param>
internal sealed record SigV4Signature(
    string AmzDate,
    string CanonicalRequest,
    string StringToSign,
    string SignedHeaders,
    string Signature,
    string Authorization,
    IReadOnlyList<KeyValuePair<string, string>> HeadersToAdd);
