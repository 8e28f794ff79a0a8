namespace AlertRouter.Notifiers.Sns;

/// <summary>The parts of an HTTP request that SigV4 signs.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path, not percent-encoded (<c>/example space/</c>); normalised and encoded when signed.</param>
/// <param name="Query">The query string without '?', as sent (may be percent-encoded); empty when there is none.</param>
/// <param name="Headers">Every header to sign, in the order sent; names are case-insensitive, repeats allowed.</param>
/// <param name="Body">The exact body bytes.</param>
internal sealed record SigV4Request(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);
