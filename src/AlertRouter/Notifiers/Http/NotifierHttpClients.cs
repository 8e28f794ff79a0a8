using System.Net;

namespace AlertRouter.Notifiers.Http;

/// <summary>
/// The named HttpClients of the notifiers: <c>notifier-{integration}</c>, plus <c>-insecure</c>
/// (tls_config.insecure_skip_verify: certificate checks off) and <c>-noredirect</c> (follow_redirects: false) variants.
/// HttpClientFactory's request loggers are removed: they would log webhook URLs, which are secrets.
/// </summary>
internal static class NotifierHttpClients
{
    public static string NameFor(string integration, HttpClientConfig http) => Name(integration, http.InsecureSkipVerify, http.FollowRedirects);

    private static string Name(string integration, bool insecure, bool followRedirects) =>
        $"notifier-{integration}{(insecure ? "-insecure" : "")}{(followRedirects ? "" : "-noredirect")}";

    /// <summary>Every variant for each of <paramref name="integrations"/>.</summary>
    public static void Register(IServiceCollection services, IEnumerable<string> integrations)
    {
        foreach (var integration in integrations)
        {
            foreach (var insecure in new[] { false, true })
            {
                foreach (var follow in new[] { true, false })
                {
                    services.AddHttpClient(Name(integration, insecure, follow))
                        .ConfigurePrimaryHttpMessageHandler(() => CreateHandler(insecure, follow))
                        .RemoveAllLoggers();
                }
            }
        }
    }

    private static SocketsHttpHandler CreateHandler(bool insecure, bool followRedirects)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            MaxAutomaticRedirections = 10,
            UseProxy = true,
            Proxy = AmbientProxy.Instance,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.All,
        };
        if (insecure)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }

        return handler;
    }
}
