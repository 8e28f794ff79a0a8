using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// AWS Signature Version 4 for requests signed in the Authorization header
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): canonical request, string to
/// sign, signing key derived from the secret, date, region and service, and the HMAC-SHA256 signature.
/// </summary>
internal static class SigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Signs every header of <paramref name="request"/> plus <c>x-amz-date</c> (and the token or body hash).</summary>
    /// <param name="now">The signing time; its UTC value becomes <c>X-Amz-Date</c> and the credential scope's date.</param>
    public static SigV4Signature Sign(SigV4Request request, AwsCredentials credentials, SigV4Scope scope, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var amzDate = utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var payloadHash = Hex(SHA256.HashData(request.Body.Span));

        var added = new List<KeyValuePair<string, string>> { new("X-Amz-Date", amzDate) };
        if (scope.AddContentSha256)
        {
            added.Add(new("x-amz-content-sha256", payloadHash));
        }

        var token = string.IsNullOrEmpty(credentials.SessionToken) ? null : credentials.SessionToken;
        if (token is not null && scope.SignSessionToken)
        {
            added.Add(new("X-Amz-Security-Token", token));
        }

        var (headerBlock, signedHeaders) = SigV4Canonical.Headers(request.Headers.Concat(added));
        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            SigV4Canonical.UriPath(request.Path),
            SigV4Canonical.Query(request.Query),
            headerBlock,
            signedHeaders,
            payloadHash);

        var credentialScope = $"{date}/{scope.Region}/{scope.Service}/aws4_request";
        var stringToSign = string.Join('\n',
            Algorithm, amzDate, credentialScope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date);
        key = Hmac(key, scope.Region);
        key = Hmac(key, scope.Service);
        key = Hmac(key, "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));

        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{credentialScope}, SignedHeaders={signedHeaders}, Signature={signature}";
        if (token is not null && !scope.SignSessionToken)
        {
            added.Add(new("X-Amz-Security-Token", token));
        }

        added.Add(new("Authorization", authorization));
        return new SigV4Signature(amzDate, canonicalRequest, stringToSign, signedHeaders, signature, authorization, added);
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
