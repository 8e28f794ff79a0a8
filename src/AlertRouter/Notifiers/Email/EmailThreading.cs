using System.Security.Cryptography;
using System.Text;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// Threading headers: every mail of a group refers (References, In-Reply-To) to one id derived from the group key,
/// so mail clients thread a group's mails together. The Message-Id is unique per notification and stable across
/// retries of it, so a retry after an unnoticed success is recognisably the same message.
/// </summary>
internal static class EmailThreading
{
    public const string Domain = "alertrouter";

    /// <summary><c>&lt;alert-&lt;sha256(groupKey)[:16]&gt;@alertrouter&gt;</c>.</summary>
    public static string ThreadId(string groupKey) => $"<alert-{GroupHash(groupKey)}@{Domain}>";

    /// <summary><c>&lt;&lt;notification id or a random id&gt;.&lt;group hash&gt;@alertrouter&gt;</c>.</summary>
    public static string MessageId(NotificationContext context)
    {
        var id = new string(context.NotificationId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_').ToArray());
        return $"<{(id.Length > 0 ? id : Guid.NewGuid().ToString("N"))}.{GroupHash(context.GroupKey)}@{Domain}>";
    }

    private static string GroupHash(string groupKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey)))[..16];
}
