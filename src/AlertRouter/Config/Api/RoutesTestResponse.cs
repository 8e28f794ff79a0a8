namespace AlertRouter.Config.Api;

/// <summary>Answer of <c>POST /api/v1/routes/test</c>: what Alertmanager would do with the alert at <see cref="At"/>.</summary>
public sealed record RoutesTestResponse(
    IReadOnlyList<string> Receivers,
    IReadOnlyList<MatchedRoute> Routes,
    InhibitedBy? InhibitedBy,
    string At,
    string ConfigHash);
