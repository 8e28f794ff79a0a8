using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers;

/// <summary>
/// Replaces every configured secret of an integration with <c>&lt;secret&gt;</c> in a text: the value itself, its URL-,
/// query- and JSON-escaped forms, the Basic credentials built from it, and — for secrets that are URLs (webhook and
/// Slack URLs) — their userinfo, path, query and token-like path segments, which servers like to echo back. Every
/// notifier runs its error text through it before the text leaves the notifier.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>Shorter secrets are not real secrets, and replacing them would shred the message.</summary>
    private const int MinimumSecretLength = 3;

    /// <summary>Parts derived from a URL secret must be at least this long to be worth hiding.</summary>
    private const int MinimumFragmentLength = 6;

    public static string Redact(string? text, IntegrationConfig config) => Redact(text, Fragments(config));

    public static string Redact(string? text, IEnumerable<string> fragments)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var fragment in fragments.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            text = text.Replace(fragment, Secret.Redacted, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>Everything that would give a secret of <paramref name="config"/> away, longest first.</summary>
    public static IReadOnlyList<string> Fragments(IntegrationConfig config)
    {
        var fragments = new List<string>();
        foreach (var secret in config.Secrets())
        {
            fragments.AddRange(Fragments(secret.Reveal()));
        }

        return fragments.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length).ToArray();
    }

    internal static IEnumerable<string> Fragments(string secret)
    {
        var value = secret.Trim();
        if (value.Length < MinimumSecretLength)
        {
            yield break;
        }

        yield return value;
        yield return Uri.EscapeDataString(value);
        yield return GoStrings.QueryEscape(value);
        yield return GoJson.Quote(value)[1..^1];
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !uri.IsAbsoluteUri || uri.IsFile)
        {
            yield break;
        }

        var parts = new List<string> { uri.UserInfo, uri.PathAndQuery, uri.Query.TrimStart('?'), uri.Fragment.TrimStart('#') };
        parts.AddRange(uri.UserInfo.Split(':'));
        if (uri.AbsolutePath.Length > 1)
        {
            parts.Add(uri.AbsolutePath);
            parts.Add(Uri.UnescapeDataString(uri.AbsolutePath));
        }

        // Token-like path segments (Slack's /services/T…/B…/xyz): long, or containing a digit.
        parts.AddRange(uri.AbsolutePath.Split('/').Select(Uri.UnescapeDataString).Where(s => s.Length >= 16 || s.Any(char.IsAsciiDigit)));
        parts.AddRange(uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).Select(p => p[1]));
        foreach (var part in parts.Where(p => p.Length >= MinimumFragmentLength))
        {
            yield return part;
        }
    }

    /// <summary>The same result with its error text redacted.</summary>
    public static DeliveryResult Redact(DeliveryResult result, IntegrationConfig config) => result switch
    {
        Retryable r => r with { Message = Redact(r.Message, config) },
        Permanent p => p with { Message = Redact(p.Message, config) },
        Delivered { Warning: not null } d => d with { Warning = Redact(d.Warning, config) },
        _ => result,
    };
}
