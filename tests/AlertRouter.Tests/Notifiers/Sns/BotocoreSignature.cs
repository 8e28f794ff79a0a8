namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>What botocore computed for one request (botocore_sigv4.py's output, snake_case in JSON).</summary>
/// <param name="AddedHeaders">The headers botocore's signing added, as <c>[name, value]</c> pairs in the order added.</param>
internal sealed record BotocoreSignature(
    string CanonicalRequest,
    string StringToSign,
    string Signature,
    string Authorization,
    IReadOnlyList<IReadOnlyList<string>> AddedHeaders);
