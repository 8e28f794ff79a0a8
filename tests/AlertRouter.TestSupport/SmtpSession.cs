using System.Text.Json;

namespace AlertRouter.TestSupport;

/// <summary>What an <see cref="SmtpServer"/> saw of one SMTP session, written after AUTH and at QUIT.</summary>
public sealed record SmtpSession(string? Helo, bool Tls, string? ClientCertCommonName, bool Authenticated, string? Mechanism, string? Identity, string? Login)
{
    internal static SmtpSession Parse(JsonElement r) => new(
        Text(r, "helo"), r.GetProperty("tls").GetBoolean(), Text(r, "client_cert_cn"), r.GetProperty("authenticated").GetBoolean(),
        Text(r, "mechanism"), Text(r, "identity"), Text(r, "login"));

    private static string? Text(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
