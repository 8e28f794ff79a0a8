using System.Globalization;

namespace AlertRouter.Notifiers.Email;

/// <summary>A parsed <c>smarthost</c>: <c>host:port</c> or <c>[v6]:port</c>.</summary>
internal sealed record Smarthost(string Host, int Port)
{
    /// <summary>SMTPS: Alertmanager speaks TLS from the first byte on this port unless force_implicit_tls says otherwise.</summary>
    public const int ImplicitTlsPort = 465;

    public static bool TryParse(string value, out Smarthost smarthost, out string error)
    {
        smarthost = new Smarthost("", 0);
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            error = $"smarthost \"{value}\" must be host:port";
            return false;
        }

        var host = value[..colon].Trim('[', ']');
        if (!int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            error = $"smarthost \"{value}\" has an invalid port";
            return false;
        }

        smarthost = new Smarthost(host, port);
        error = "";
        return true;
    }

    public bool ImplicitTls(bool? forceImplicitTls) => forceImplicitTls ?? Port == ImplicitTlsPort;

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
