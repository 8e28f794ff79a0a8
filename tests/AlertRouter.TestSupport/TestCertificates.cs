using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AlertRouter.TestSupport;

/// <summary>
/// A throw-away PKI written as PEM files into one folder: a CA, a server certificate it signed (CN=localhost, SAN
/// 127.0.0.1, localhost and smtp.test) and a client certificate it signed (CN=alertrouter-client).
/// </summary>
public sealed record TestCertificates(string CaFile, string ServerCertFile, string ServerKeyFile, string ClientCertFile, string ClientKeyFile)
{
    public const string ClientCommonName = "alertrouter-client";

    /// <summary>A DNS name only the server certificate carries, for checking <c>server_name</c>.</summary>
    public const string ServerAltName = "smtp.test";

    public static TestCertificates Create(string dir)
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=AlertRouter test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));

        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        names.AddDnsName(ServerAltName);
        var certificates = new TestCertificates(
            Path.Combine(dir, "ca.pem"), Path.Combine(dir, "cert.pem"), Path.Combine(dir, "key.pem"),
            Path.Combine(dir, "client.pem"), Path.Combine(dir, "client-key.pem"));
        File.WriteAllText(certificates.CaFile, ca.ExportCertificatePem());
        Issue(ca, "CN=localhost", names.Build(), "1.3.6.1.5.5.7.3.1", certificates.ServerCertFile, certificates.ServerKeyFile, now);
        Issue(ca, $"CN={ClientCommonName}", null, "1.3.6.1.5.5.7.3.2", certificates.ClientCertFile, certificates.ClientKeyFile, now);
        return certificates;
    }

    private static void Issue(X509Certificate2 ca, string subject, X509Extension? names, string usage, string certFile, string keyFile, DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names);
        }

        using var certificate = request.Create(ca, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(12));
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
    }
}
