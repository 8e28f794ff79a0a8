using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AlertRouter.Core;

/// <summary>The URLs the two listeners actually bound (port 0 becomes a real port), available once the host started.</summary>
public static class BoundAddresses
{
    public static (string Api, string Ops) Of(WebApplication app)
    {
        // Kestrel reports addresses in the order listeners were configured: API first, ops second.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (addresses.Count < 2)
        {
            throw new InvalidOperationException("the host has not bound both listeners yet");
        }

        return (addresses[0].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal),
            addresses[1].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }
}
