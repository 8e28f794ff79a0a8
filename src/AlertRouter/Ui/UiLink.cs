using AlertRouter.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AlertRouter.Ui;

/// <summary>Where people open the operator page, for links from the ops listener (a different port).</summary>
internal static class UiLink
{
    /// <summary>
    /// <c>AlertRouter:ExternalUrl</c> + <c>/ui/</c> when set; otherwise the API listener's bound port on the host
    /// name the ops request came in by (the configured API host is often <c>0.0.0.0</c>, which no browser can open).
    /// </summary>
    public static string For(HttpRequest request, AlertRouterOptions options, IServer server)
    {
        if (!string.IsNullOrWhiteSpace(options.ExternalUrl))
        {
            return options.ExternalUrl.TrimEnd('/') + "/ui/";
        }

        // Kestrel lists addresses in the order listeners were configured: the API listener first.
        var api = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.ApiUrl;
        var port = Uri.TryCreate(api.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
            UriKind.Absolute, out var uri) ? uri.Port : 8080;
        return $"{request.Scheme}://{request.Host.Host}:{port}/ui/";
    }
}
