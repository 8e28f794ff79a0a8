using System.Security.Cryptography;
using System.Text;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>PagerDuty dedup keys: lowercase hex SHA-256, 64 characters (PagerDuty allows 255).</summary>
internal static class PagerDutyDedupKeys
{
    /// <summary>Alertmanager's key: SHA-256 of the group key, so the resolve closes what the trigger opened.</summary>
    public static string ForGroup(string groupKey) => Sha256Hex(groupKey);

    /// <summary><c>dedup_key_mode: alert</c>: SHA-256 of the group key followed by the alert's fingerprint.</summary>
    public static string ForAlert(string groupKey, string fingerprint) => Sha256Hex(groupKey + fingerprint);

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
