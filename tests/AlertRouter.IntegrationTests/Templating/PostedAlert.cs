namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// An alert as the oracle posts it to <c>/api/v2/alerts</c>. <see cref="Latin1Labels"/> are written as ISO-8859-1
/// bytes, invalid UTF-8 in the JSON body. <see cref="StartsAt"/> and <see cref="EndsAt"/> are seconds relative to
/// the post (see <see cref="OracleTime"/>), <see cref="EndsAt"/> may be <c>firing</c>; both are written in
/// <see cref="Zone"/>.
/// </summary>
internal sealed record PostedAlert(
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Latin1Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string StartsAt,
    string EndsAt,
    string Zone,
    string GeneratorUrl);
