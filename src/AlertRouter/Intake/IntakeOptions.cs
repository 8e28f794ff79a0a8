namespace AlertRouter.Intake;

/// <summary>Settings under <c>AlertRouter:Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "AlertRouter:Intake";

    /// <summary>When set, intake requires <c>Authorization: Bearer &lt;token&gt;</c> (or the basic auth below).</summary>
    public string? BearerToken { get; set; }

    /// <summary>A file holding the bearer token (a mounted secret); read at startup, trailing newline ignored.</summary>
    public string? BearerTokenFile { get; set; }

    public BasicAuthOptions BasicAuth { get; set; } = new();

    /// <summary>Largest accepted body; larger ones get 413. Default 8 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How long an identical webhook (Alertmanager retry, HA peer) is recognised as a duplicate. Default 10 minutes.</summary>
    public TimeSpan DedupWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Webhooks waiting for a commit beyond which intake answers 503 (Alertmanager retries 5xx). Default 2048.</summary>
    public int MaxPendingCommits { get; set; } = 2048;

    /// <summary>Labels one alert may carry; more is a 400. Default 1000.</summary>
    public int MaxLabelsPerAlert { get; set; } = 1000;

    public bool AuthRequired => !string.IsNullOrEmpty(BearerToken) || !string.IsNullOrEmpty(BasicAuth.Username);
}

public sealed class BasicAuthOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>A file holding the password (a mounted secret); read at startup, trailing newline ignored.</summary>
    public string? PasswordFile { get; set; }
}
