using System.Net;

namespace AlertRouter.Notifiers.Http;

/// <summary>
/// http_config <c>proxy_url</c> without a handler per proxy: the notifier sets the proxy for its own async flow, and
/// SocketsHttpHandler asks this proxy per request (its connection pools are keyed by proxy, so flows never mix).
/// Without a configured proxy the environment's (HTTP(S)_PROXY, NO_PROXY) applies.
/// </summary>
internal sealed class AmbientProxy : IWebProxy
{
    public static readonly AmbientProxy Instance = new();

    private static readonly AsyncLocal<Uri?> Current = new();

    public ICredentials? Credentials { get; set; }

    /// <summary>Sets the proxy for the calling async flow (an async method's changes end when it returns).</summary>
    public static void Use(Uri? proxy) => Current.Value = proxy;

    public Uri? GetProxy(Uri destination) => Current.Value ?? HttpClient.DefaultProxy.GetProxy(destination);

    public bool IsBypassed(Uri host) => Current.Value is null && HttpClient.DefaultProxy.IsBypassed(host);
}
