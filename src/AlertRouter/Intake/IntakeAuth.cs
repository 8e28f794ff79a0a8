using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AlertRouter.Intake;

/// <summary>
/// Bearer token and/or basic auth for intake, compared in constant time (hashing first so lengths leak nothing).
/// When both are configured either is accepted.
/// </summary>
internal sealed class IntakeAuth(IOptions<IntakeOptions> options)
{
    public bool Required => options.Value.AuthRequired;

    public string Challenge =>
        string.Join(", ", new[]
        {
            string.IsNullOrEmpty(options.Value.BearerToken) ? null : "Bearer realm=\"alertrouter\"",
            string.IsNullOrEmpty(options.Value.BasicAuth.Username) ? null : "Basic realm=\"alertrouter\", charset=\"UTF-8\"",
        }.OfType<string>());

    public bool IsAuthorized(string? authorization)
    {
        var o = options.Value;
        if (!o.AuthRequired)
        {
            return true;
        }

        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        var ok = false;
        if (!string.IsNullOrEmpty(o.BearerToken) && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            ok |= FixedTimeEquals(authorization[7..].Trim(), o.BearerToken);
        }

        if (!string.IsNullOrEmpty(o.BasicAuth.Username) && authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            ok |= FixedTimeEquals(authorization[6..].Trim(),
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.BasicAuth.Username}:{o.BasicAuth.Password}")));
        }

        return ok;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
