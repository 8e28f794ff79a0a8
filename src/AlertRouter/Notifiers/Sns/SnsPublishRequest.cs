using System.Globalization;
using System.Net.Http.Headers;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// A signed SNS <c>Publish</c>: POST of the form body to the endpoint's path, signing <c>content-length</c>,
/// <c>content-type</c>, <c>host</c> and <c>x-amz-date</c> (and <c>x-amz-security-token</c>), as Alertmanager's
/// AWS SDK does.
/// </summary>
internal static class SnsPublishRequest
{
    /// <summary>The regional endpoint used when <c>api_url</c> is empty.</summary>
    public static Uri DefaultEndpoint(string region) =>
        new(region.StartsWith("cn-", StringComparison.Ordinal)
            ? $"https://sns.{region}.amazonaws.com.cn/"
            : $"https://sns.{region}.amazonaws.com/");

    public static HttpRequestMessage Create(Uri endpoint, SnsPublishInput input, AwsCredentials credentials, string region, DateTimeOffset now)
    {
        var body = SnsPublishForm.Encode(input);
        var host = endpoint.IsDefaultPort ? endpoint.IdnHost : $"{endpoint.IdnHost}:{endpoint.Port.ToString(CultureInfo.InvariantCulture)}";
        var signed = new SigV4Request(
            "POST",
            Uri.UnescapeDataString(endpoint.AbsolutePath),
            endpoint.Query.TrimStart('?'),
            [
                new("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)),
                new("Content-Type", SnsPublishForm.ContentType),
                new("Host", host),
            ],
            body);
        var signature = SigV4Signer.Sign(signed, credentials, new SigV4Scope(region, "sns"), now);

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(SnsPublishForm.ContentType);
        request.Headers.Host = host;
        foreach (var (name, value) in signature.HeadersToAdd)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
