using System.Security.Cryptography;
using System.Text;
using AlertRouter.Model;

namespace AlertRouter.Intake;

/// <summary>
/// Identifies a notification by what it says, not how it was sent: the group key plus each alert's fingerprint,
/// times and annotations. The two peers of an Alertmanager HA pair (different externalURL, same content) and an
/// Alertmanager retry hash the same.
/// </summary>
internal static class ContentHash
{
    public static string Of(string? groupKey, IReadOnlyList<Alert> alerts)
    {
        var text = new StringBuilder(groupKey ?? "").Append('\n');
        foreach (var alert in alerts.OrderBy(a => a.Fingerprint.Value))
        {
            text.Append(alert.Fingerprint).Append('|')
                .Append(alert.StartsAt.UtcTicks).Append('|')
                .Append(alert.EndsAt.UtcTicks).Append('|')
                .Append(alert.GeneratorUrl).Append('|')
                .Append(alert.Annotations).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
