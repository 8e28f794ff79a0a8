namespace AlertRouter.Notifiers;

/// <summary>
/// Alertmanager's <c>tls_config</c> (prometheus/common): the CA to trust instead of the system's, a client certificate,
/// the name to verify, the accepted protocol versions. Inline PEM and files are alternatives; files are read at each
/// connection, as Alertmanager does, so a renewed certificate is picked up without a reload.
/// </summary>
public sealed record TlsConfig
{
    public static readonly TlsConfig Default = new();

    /// <summary><c>ca</c>: PEM of the CA certificates to trust.</summary>
    public string? Ca { get; init; }

    /// <summary><c>ca_file</c>, absolute (resolved against the config file's folder at load).</summary>
    public string? CaFile { get; init; }

    public string? Cert { get; init; }

    public string? CertFile { get; init; }

    public Secret? Key { get; init; }

    public string? KeyFile { get; init; }

    /// <summary><c>server_name</c>: the name sent as SNI and verified in the server's certificate.</summary>
    public string? ServerName { get; init; }

    public bool InsecureSkipVerify { get; init; }

    /// <summary><c>min_version</c>: TLS10, TLS11, TLS12 or TLS13; null is TLS12, prometheus/common's default.</summary>
    public string? MinVersion { get; init; }

    public string? MaxVersion { get; init; }

    public IEnumerable<Secret> Secrets() => Key is null ? [] : [Key];
}
