using System.Net.Http.Headers;
using System.Text;
using AlertRouter.Core;

namespace AlertRouter.Notifiers.Http;

/// <summary>One HTTP attempt of a notifier: http_config applied to the request, the answer read and classified.</summary>
internal sealed class NotifierHttp(IHttpClientFactory clients, TimeProvider time)
{
    private const int MaxBodyBytes = 64 * 1024;

    public static readonly string UserAgent = $"AlertRouter/{BuildInfo.Version}";

    /// <summary>A POST of <paramref name="json"/> with the User-Agent and http_config's Authorization applied.</summary>
    public static HttpRequestMessage JsonPost(Uri url, byte[] json, HttpClientConfig http)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Request(HttpMethod.Post, url, content, http);
    }

    /// <summary>
    /// Any request (a form POST, a GET, a PUT: whatever the vendor's API takes) with the User-Agent and http_config's
    /// Authorization applied; an integration that authenticates otherwise sets its own header over it.
    /// </summary>
    public static HttpRequestMessage Request(HttpMethod method, Uri url, HttpContent? content, HttpClientConfig http)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (http.AuthorizationCredentials is { } credentials)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(http.AuthorizationType, credentials.Reveal());
        }
        else if (http.BasicAuthUsername is { } user)
        {
            var pair = $"{user}:{http.BasicAuthPassword?.Reveal() ?? ""}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        return request;
    }

    /// <summary>
    /// Sends once. Returns the reply — its body already redacted of <paramref name="config"/>'s secrets, before
    /// anything can cut a secret in half — or the classified failure when no reply came (see <see cref="HttpFailures"/>).
    /// </summary>
    public async Task<(HttpReply? Reply, DeliveryResult? Failure)> SendAsync(
        IntegrationConfig config, HttpClientConfig http, HttpRequestMessage request, CancellationToken ct)
    {
        Uri? proxyUri = null;
        if (http.ProxyUrl is { Length: > 0 } proxy && !Uri.TryCreate(proxy, UriKind.Absolute, out proxyUri))
        {
            return (null, new Permanent(FailureReason.ClientError, null, "invalid proxy_url"));
        }

        AmbientProxy.Use(proxyUri);

        try
        {
            var client = clients.CreateClient(NotifierHttpClients.NameFor(config.Type, http));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var body = SecretRedactor.Redact(await ReadBodyAsync(response, ct), config);
            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            var retryAfter = HttpFailures.RetryAfter(headers.GetValueOrDefault("Retry-After"), time.GetUtcNow());
            return (new HttpReply((int)response.StatusCode, body, retryAfter) { Headers = headers }, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, HttpFailures.FromException(e, ct));
        }
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBodyBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
