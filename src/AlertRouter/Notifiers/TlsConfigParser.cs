using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>
/// A <c>tls_config</c> mapping (prometheus/common TLSConfig) with its load-time checks: at most one of each inline
/// and file pair, a client certificate only with its key, known versions, max_version not below min_version. File
/// paths are resolved against the config file's folder.
/// </summary>
internal static class TlsConfigParser
{
    private static readonly string[] Versions = ["TLS10", "TLS11", "TLS12", "TLS13"];

    public static TlsConfig Parse(YamlNode? node, ParseContext ctx)
    {
        if (node is null)
        {
            return TlsConfig.Default;
        }

        var tls = new MappingReader(node, "config.TLSConfig", ctx);
        var ca = Pair(tls, "ca", "ca_file");
        var cert = Pair(tls, "cert", "cert_file");
        var key = Key(tls, out var keyFile);
        var hasCert = cert.Inline is not null || cert.File is not null;
        var hasKey = key is not null || keyFile is not null;
        if (hasCert && !hasKey)
        {
            ctx.Error(node, "exactly one of key or key_file must be configured when a client certificate is configured");
        }
        else if (hasKey && !hasCert)
        {
            ctx.Error(node, "exactly one of cert or cert_file must be configured when a client key is configured");
        }

        var min = Version(tls, "min_version");
        var max = Version(tls, "max_version");
        if (min is not null && max is not null && string.CompareOrdinal(max, min) < 0)
        {
            ctx.Error(tls.KeyNode("max_version"), "tls_config.max_version must be greater than or equal to tls_config.min_version if both are specified");
        }

        var config = new TlsConfig
        {
            Ca = ca.Inline,
            CaFile = ca.File,
            Cert = cert.Inline,
            CertFile = cert.File,
            Key = key,
            KeyFile = keyFile,
            ServerName = NonEmpty(tls.Str("server_name")),
            InsecureSkipVerify = tls.Bool("insecure_skip_verify") ?? false,
            MinVersion = min,
            MaxVersion = max,
        };
        tls.Finish();
        return config;
    }

    private static (string? Inline, string? File) Pair(MappingReader tls, string key, string fileKey)
    {
        var inline = tls.Str(key);
        var file = tls.Str(fileKey);
        if (inline.Present && file.Present)
        {
            tls.Context.Error(tls.KeyNode(fileKey), $"at most one of {key} and {fileKey} must be configured");
        }

        return (NonEmpty(inline), Resolve(file));
    }

    // The key is a secret inline; as a file it is read at each connection, like the certificate it belongs to.
    private static Secret? Key(MappingReader tls, out string? keyFile)
    {
        var inline = tls.Str("key", secret: true);
        var file = tls.Str("key_file");
        if (inline.Present && file.Present)
        {
            tls.Context.Error(tls.KeyNode("key_file"), "at most one of key and key_file must be configured");
        }

        keyFile = Resolve(file);
        return NonEmpty(inline) is { } value ? new Secret(value) : null;
    }

    private static string? Version(MappingReader tls, string key)
    {
        var text = tls.Str(key);
        if (!text.Resolved || text.Value!.Length == 0)
        {
            return null;
        }

        if (!Versions.Contains(text.Value, StringComparer.Ordinal))
        {
            tls.Context.Error(text.Node, $"unknown TLS version: {text.Value}");
            return null;
        }

        return text.Value;
    }

    private static string? Resolve(ScalarText file) =>
        NonEmpty(file) is { } path
            ? Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.Node!.Location.File)) ?? "", path)
            : null;

    private static string? NonEmpty(ScalarText text) => text.Resolved && text.Value!.Length > 0 ? text.Value : null;
}
