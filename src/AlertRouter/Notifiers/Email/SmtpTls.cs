using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// One receiver's <c>tls_config</c> applied to one <see cref="SmtpClient"/>, as Go's crypto/tls reads it: with a CA
/// configured only that CA is trusted, otherwise the system's; the server's name (server_name, else the smarthost
/// host) must match its certificate; insecure_skip_verify accepts any certificate; no revocation lookups. The
/// callback belongs to this client alone, so no other connection of the process is affected.
/// </summary>
internal sealed class SmtpTls : IDisposable
{
    private readonly X509Certificate2Collection _trusted;
    private readonly X509Certificate2? _client;
    private readonly TlsConfig _config;

    private SmtpTls(TlsConfig config, X509Certificate2Collection trusted, X509Certificate2? client)
    {
        _config = config;
        _trusted = trusted;
        _client = client;
    }

    /// <summary>Reads the CA and client certificate; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static SmtpTls Load(TlsConfig config)
    {
        var trusted = new X509Certificate2Collection();
        var ca = Pem(config.Ca, config.CaFile, "CA");
        if (ca is not null)
        {
            trusted.ImportFromPem(ca);
            if (trusted.Count == 0)
            {
                throw new InvalidDataException("unable to use specified CA cert: no certificate in it");
            }
        }

        var cert = Pem(config.Cert, config.CertFile, "client certificate");
        var key = Pem(config.Key?.Reveal(), config.KeyFile, "client key");
        X509Certificate2? client = null;
        if (cert is not null && key is not null)
        {
            try
            {
                client = X509Certificate2.CreateFromPem(cert, key);
            }
            catch (CryptographicException e)
            {
                throw new InvalidDataException($"unable to use specified client cert and key: {e.Message}", e);
            }
        }

        return new SmtpTls(config, trusted, client);
    }

    public void Apply(SmtpClient client)
    {
        client.SslProtocols = Protocols(_config.MinVersion, _config.MaxVersion);
        client.CheckCertificateRevocation = false;
        client.ServerCertificateValidationCallback = Validate;
        if (_client is not null)
        {
            client.ClientCertificates = [_client];
        }
    }

    public void Dispose()
    {
        foreach (var certificate in _trusted)
        {
            certificate.Dispose();
        }

        _client?.Dispose();
    }

    /// <summary>
    /// .NET marks TLS 1.0 and 1.1 obsolete and Debian's OpenSSL refuses them at its default security level, so a
    /// min_version below TLS12 still connects with 1.2 or 1.3.
    /// </summary>
    internal static SslProtocols Protocols(string? min, string? max)
    {
        var protocols = min == "TLS13" ? SslProtocols.Tls13 : SslProtocols.Tls12 | SslProtocols.Tls13;
        if (max is "TLS10" or "TLS11" or "TLS12")
        {
            protocols &= ~SslProtocols.Tls13;
        }

        // The config check refuses a max_version below min_version; this keeps a version should one slip through.
        return protocols == SslProtocols.None ? SslProtocols.Tls12 : protocols;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_config.InsecureSkipVerify)
        {
            return true;
        }

        if (_trusted.Count == 0 || certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return errors == SslPolicyErrors.None;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            custom.ChainPolicy.ExtraStore.AddRange(chain.ChainElements.Select(e => e.Certificate).ToArray());
        }

        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    private static string? Pem(string? inline, string? file, string what)
    {
        if (!string.IsNullOrEmpty(inline))
        {
            return inline;
        }

        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"unable to load specified {what} {file}: {e.Message}", e);
        }
    }
}
