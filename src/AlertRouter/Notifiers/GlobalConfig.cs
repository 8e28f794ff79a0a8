using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers;

/// <summary>
/// The <c>global:</c> section with Alertmanager's defaults: what every receiver shares, plus each integration's own
/// globals as it parsed them (<see cref="IIntegration.ParseGlobals"/>). Integrations inherit from it at load.
/// </summary>
public sealed record GlobalConfig
{
    /// <summary>Alertmanager's default <c>resolve_timeout</c>.</summary>
    public static readonly TimeSpan DefaultResolveTimeout = TimeSpan.FromMinutes(5);

    public TimeSpan ResolveTimeout { get; init; } = DefaultResolveTimeout;

    public HttpClientConfig HttpConfig { get; init; } = HttpClientConfig.Default;

    /// <summary>Each integration's globals record, by its type.</summary>
    internal IReadOnlyDictionary<Type, object> ByIntegration { get; init; } = new Dictionary<Type, object>();

    /// <summary>Unset <c>${VAR}</c>s per global field name (e.g. <c>smtp_auth_password</c>); inherited by integrations.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Missing { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The globals an integration parsed, e.g. <c>Of&lt;EmailGlobals&gt;()</c>.</summary>
    internal T Of<T>()
        where T : class =>
        ByIntegration.TryGetValue(typeof(T), out var globals) ? (T)globals : throw new KeyNotFoundException($"no globals of type {typeof(T).Name} were parsed");

    internal IReadOnlyList<string> MissingFor(params string[] fields) =>
        fields.SelectMany(f => Missing.TryGetValue(f, out var m) ? m : []).Distinct(StringComparer.Ordinal).ToList();
}
