using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Email;

/// <summary>Email's keys of <c>global:</c> (<c>smtp_*</c>), which unset fields of <c>email_configs</c> take.</summary>
internal sealed record EmailGlobals
{
    public string? From { get; init; }

    public string Hello { get; init; } = "localhost";

    public string? Smarthost { get; init; }

    public string? AuthUsername { get; init; }

    public Secret? AuthPassword { get; init; }

    public Secret? AuthSecret { get; init; }

    public string? AuthIdentity { get; init; }

    public bool RequireTls { get; init; } = true;

    /// <summary><c>smtp_tls_config</c> (Alertmanager 0.28): the tls_config of an email config that sets none.</summary>
    public TlsConfig TlsConfig { get; init; } = TlsConfig.Default;

    /// <summary><c>smtp_force_implicit_tls</c> (Alertmanager 0.31).</summary>
    public bool? ForceImplicitTls { get; init; }

    public static EmailGlobals Parse(GlobalScope scope)
    {
        var m = scope.Reader;
        var smarthost = scope.Str("smtp_smarthost");
        if (smarthost.Resolved && smarthost.Value!.Length > 0 && HostPort.Validate(smarthost.Value) is { } error)
        {
            scope.Error(smarthost.Node, error);
        }

        return new EmailGlobals
        {
            From = GlobalScope.NonEmpty(scope.Str("smtp_from")),
            Hello = GlobalScope.NonEmpty(scope.Str("smtp_hello")) ?? "localhost",
            Smarthost = GlobalScope.NonEmpty(smarthost),
            AuthUsername = GlobalScope.NonEmpty(scope.Str("smtp_auth_username")),
            AuthPassword = scope.Secret("smtp_auth_password", "smtp_auth_password_file"),
            AuthSecret = scope.Secret("smtp_auth_secret", "smtp_auth_secret_file"),
            AuthIdentity = GlobalScope.NonEmpty(scope.Str("smtp_auth_identity")),
            RequireTls = m.Bool("smtp_require_tls") ?? true,
            TlsConfig = scope.Track("smtp_tls_config", _ => TlsConfigParser.Parse(m.Node("smtp_tls_config"), m.Context)),
            ForceImplicitTls = m.Bool("smtp_force_implicit_tls"),
        };
    }
}
