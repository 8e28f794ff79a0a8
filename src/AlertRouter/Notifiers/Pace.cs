using System.Security.Cryptography;
using System.Text;

namespace AlertRouter.Notifiers;

/// <summary>
/// How fast one destination may be sent to: at most <see cref="Limit"/> sends per <see cref="Per"/>, in bursts of up
/// to <see cref="Burst"/>. <see cref="Key"/> names the destination (a channel, a routing key's hash); a
/// <c>Retry-After</c> from it holds every notification with that key. <see cref="Setting"/>, when set, is the key
/// under <c>AlertRouter:Delivery</c> that overrides the limit (e.g. <c>SlackPerChannelPerSecond</c>).
/// </summary>
internal sealed record Pace(string Key, double Limit, TimeSpan Per, int Burst = 1, string? Setting = null)
{
    /// <summary>Not paced, but a <c>Retry-After</c> from the destination still holds everything sent to it.</summary>
    public static Pace HeldOnly(string key) => new(key, 0, TimeSpan.Zero);

    /// <summary>
    /// A short hash of a secret (a routing key, a webhook URL) to key a destination by, so that no secret sits in
    /// memory dumps or logs as a key.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16];
}
