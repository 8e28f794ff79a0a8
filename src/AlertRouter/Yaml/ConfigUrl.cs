namespace AlertRouter.Yaml;

/// <summary>Alertmanager's URL check (<c>parseURL</c>): an absolute http(s) URL with a host.</summary>
internal static class ConfigUrl
{
    /// <summary>Null when valid, else Alertmanager's message.</summary>
    public static string? Validate(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 && value[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? value[..colon] : "";
        if (scheme is not ("http" or "https"))
        {
            return $"unsupported scheme {Model.GoQuote.Quote(scheme)} for URL";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return "invalid URL";
        }

        return string.IsNullOrEmpty(uri.Host) ? "missing host for URL" : null;
    }
}
