using System.Security.Cryptography;
using System.Text;
using AlertRouter.Model;

namespace AlertRouter.Store;

/// <summary>
/// An aggregation group an alert belongs to, as routing computed it: identity (route + group labels), Alertmanager's
/// group key, the receiver, and the group_wait that sets its first flush when the alert creates it.
/// </summary>
public sealed record GroupRef(string RouteId, string GroupKey, string Receiver, LabelSet GroupLabels, TimeSpan GroupWait)
{
    /// <summary>Stable across replicas and restarts: sha256 of the route id and the group labels.</summary>
    public string Id { get; } = IdOf(RouteId, GroupLabels);

    public static string IdOf(string routeId, LabelSet groupLabels) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(routeId + "\n" + groupLabels)))[..32];
}
