namespace AlertRouter.Routing;

/// <summary>Alertmanager's matcher parser modes (feature flags <c>classic-mode</c> / <c>utf8-strict-mode</c>).</summary>
public enum MatcherParseMode
{
    /// <summary>The default: the classic result whenever the classic parser accepts the input, else the UTF-8 result.</summary>
    Fallback,
    Classic,
    Utf8Strict,
}
