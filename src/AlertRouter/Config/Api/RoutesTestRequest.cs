namespace AlertRouter.Config.Api;

/// <summary>Body of <c>POST /api/v1/routes/test</c>.</summary>
/// <param name="Labels">The alert's labels.</param>
/// <param name="At">RFC 3339 time to evaluate time intervals and inhibition at; default now.</param>
public sealed record RoutesTestRequest(Dictionary<string, string>? Labels, string? At);
