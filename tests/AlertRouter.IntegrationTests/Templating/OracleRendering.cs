namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// What Alertmanager 0.25 did with one run: every templated field of the notification it sent (<see cref="Fields"/>,
/// bytes as they reached the capture server, see <see cref="NotificationFields"/>), or the error it logged instead
/// (<see cref="Error"/>, and nothing was sent). <see cref="DataKey"/> names the webhook payload that recorded the
/// template data of that notification; <see cref="Captured"/> is the raw request body or message.
/// </summary>
internal sealed record OracleRendering(
    OracleRun Run,
    string DataKey,
    IReadOnlyDictionary<string, byte[]>? Fields,
    string? Error,
    string? Captured)
{
    /// <summary>The run's own field; null when Alertmanager failed.</summary>
    public byte[]? Value => Fields is null ? null : Fields.GetValueOrDefault(Run.Case.Field) ?? [];

    /// <summary>
    /// A parse error (including an unknown function) never mentions execution; an execution error is reported as
    /// <c>template: name:line:col: executing "name" at &lt;…&gt;: …</c>, and html/template's escaper, which runs at the
    /// first execution, as <c>html/template:…</c>.
    /// </summary>
    public TemplateOutcome Outcome => Error switch
    {
        null => TemplateOutcome.Renders,
        _ when Error.Contains(": executing \"", StringComparison.Ordinal) || Error.Contains("html/template:", StringComparison.Ordinal)
            => TemplateOutcome.ExecutionError,
        _ => TemplateOutcome.ParseError,
    };
}
