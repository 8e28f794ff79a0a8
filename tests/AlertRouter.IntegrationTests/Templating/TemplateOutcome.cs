namespace AlertRouter.IntegrationTests.Templating;

/// <summary>What happens to a receiver-field template: it renders, it parses but fails when executed, or it does not parse.</summary>
internal enum TemplateOutcome
{
    Renders,
    ExecutionError,
    ParseError,
}
