namespace AlertRouter.Notifiers.Email;

/// <summary>
/// <c>email_configs</c>, with unset fields taken from <c>global.smtp_*</c> at load. send_resolved defaults to false.
/// Template fields hold Go template sources; null means Alertmanager's default template.
/// </summary>
public sealed record EmailConfig() : IntegrationConfig("email")
{
    public required string To { get; init; }

    public required string From { get; init; }

    /// <summary>The name sent with EHLO.</summary>
    public string Hello { get; init; } = "localhost";

    /// <summary><c>host:port</c>.</summary>
    public required string Smarthost { get; init; }

    public string? AuthUsername { get; init; }

    public Secret? AuthPassword { get; init; }

    /// <summary>The CRAM-MD5 shared secret.</summary>
    public Secret? AuthSecret { get; init; }

    /// <summary>The PLAIN authorisation identity.</summary>
    public string? AuthIdentity { get; init; }

    /// <summary>STARTTLS is required on a connection that is not implicit TLS.</summary>
    public bool RequireTls { get; init; } = true;

    /// <summary><c>force_implicit_tls</c>: true or false decides; null means implicit TLS on port 465 only.</summary>
    public bool? ForceImplicitTls { get; init; }

    public TlsConfig Tls { get; init; } = TlsConfig.Default;

    public string? Html { get; init; }

    public string? Text { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public override IEnumerable<Secret> Secrets() => new[] { AuthPassword, AuthSecret }.OfType<Secret>().Concat(Tls.Secrets());
}
