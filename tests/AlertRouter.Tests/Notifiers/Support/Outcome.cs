using AlertRouter.Notifiers;

namespace AlertRouter.Tests.Notifiers.Support;

internal static class Outcome
{
    /// <summary>"Delivered", "Retryable/rateLimited", "Permanent/clientError": the outcome type and reason in one string.</summary>
    public static string Of(DeliveryResult result) => result switch
    {
        Retryable r => $"Retryable/{r.Reason.Label()}",
        Permanent p => $"Permanent/{p.Reason.Label()}",
        _ => result.GetType().Name,
    };

    /// <summary>A URL on a loopback port nothing listens on.</summary>
    public static string ClosedPortUrl(string path = "/") => $"http://127.0.0.1:{TestSupport.Tools.FreePort()}{path}";
}
