namespace AlertRouter.Notifiers.Email;

/// <summary>
/// <c>email_configs</c>, with unset fields taken from <c>global.smtp_*</c> at load. send_resolved defaults to false.
/// Template fields hold Go template sources; null means Alertmanager's default template.
/// </summary>
public sealed record EmailConfig() : IntegrationConfig("email")
{
    public required string To { get; init; }

    public required string From { get; init; }

    public string Hello { get; init; } = "localhost";

    /// <summary><c>host:port</c>. Port 465 (implicit TLS) is rejected at load: System.Net.Mail cannot speak it.</summary>
    public required string Smarthost { get; init; }

    public string? AuthUsername { get; init; }

    public Secret? AuthPassword { get; init; }

    public Secret? AuthSecret { get; init; }

    public string? AuthIdentity { get; init; }

    public bool RequireTls { get; init; } = true;

    public bool InsecureSkipVerify { get; init; }

    public string? Html { get; init; }

    public string? Text { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public override IEnumerable<Secret> Secrets() => new[] { AuthPassword, AuthSecret }.OfType<Secret>();
}
