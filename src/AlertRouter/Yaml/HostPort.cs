namespace AlertRouter.Yaml;

/// <summary>Alertmanager's <c>HostPort</c> (Go's net.SplitHostPort) for SMTP smarthosts.</summary>
internal static class HostPort
{
    /// <summary>Null when <paramref name="value"/> is a valid <c>host:port</c>, else Go's message.</summary>
    public static string? Validate(string value)
    {
        string host;
        string port;
        if (value.StartsWith('['))
        {
            var end = value.IndexOf(']', StringComparison.Ordinal);
            if (end < 0)
            {
                return $"address {value}: missing ']' in address";
            }

            if (end + 1 >= value.Length || value[end + 1] != ':')
            {
                return $"address {value}: missing port in address";
            }

            host = value[1..end];
            port = value[(end + 2)..];
        }
        else
        {
            var colon = value.LastIndexOf(':');
            if (colon < 0)
            {
                return $"address {value}: missing port in address";
            }

            host = value[..colon];
            port = value[(colon + 1)..];
            if (host.Contains(':', StringComparison.Ordinal))
            {
                return $"address {value}: too many colons in address";
            }
        }

        _ = host;
        return port.Length == 0 ? $"address {Model.GoQuote.Quote(value)}: port cannot be empty" : null;
    }

    public static string Port(string value) => value[(value.LastIndexOf(':') + 1)..];
}
