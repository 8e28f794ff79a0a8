namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// One corpus template: where it goes in a receiver (<see cref="Field"/>, e.g. <c>slack.title</c>,
/// <c>pagerduty.details.firing</c>, <c>email.html</c>), which datasets it runs on, and what the corpus expects
/// Alertmanager 0.25 to do with it (null for generated templates, whose outcome only the oracle knows).
/// <see cref="UsesFiles"/> cases run with the <c>templates:</c> files loaded. <see cref="AcceptedSince"/> names the
/// Alertmanager version that made a template valid which 0.25 rejects: AlertRouter accepts it on purpose.
/// </summary>
internal sealed record TemplateCase(
    string Name,
    string Category,
    string Exercises,
    string Field,
    string Template,
    IReadOnlyList<string> Datasets,
    TemplateOutcome? Expected,
    bool UsesFiles = false,
    string? Receiver = null,
    string? AcceptedSince = null)
{
    /// <summary>email html is the one field Alertmanager renders with html/template.</summary>
    public bool IsHtml => Field == "email.html";

    public override string ToString() => Name;
}
