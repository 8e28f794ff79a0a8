using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AlertRouter.Core;

/// <summary>Binds <c>AlertRouter:ApiUrl</c> and <c>AlertRouter:OpsUrl</c> as two tagged Kestrel listeners.</summary>
internal static class KestrelListeners
{
    public static void Configure(KestrelServerOptions kestrel, AlertRouterOptions options)
    {
        Listen(kestrel, options.ApiUrl, Listeners.Api);
        Listen(kestrel, options.OpsUrl, Listeners.Ops);
    }

    private static void Listen(KestrelServerOptions kestrel, string url, string name)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new InvalidOperationException($"AlertRouter:{(name == Listeners.Api ? "ApiUrl" : "OpsUrl")}: '{url}' is not an http://host:port URL");
        }

        void Tag(ListenOptions listen) => listen.Use(next => connection =>
        {
            connection.Items[Listeners.ConnectionItemKey] = name;
            return next(connection);
        });

        if (uri.Host == "localhost")
        {
            kestrel.ListenLocalhost(uri.Port, Tag);
        }
        else
        {
            var address = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : IPAddress.Any;
            kestrel.Listen(address, uri.Port, Tag);
        }
    }
}
