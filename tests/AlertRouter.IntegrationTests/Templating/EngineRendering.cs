using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// What AlertRouter's engine did with a template: rendered <see cref="Output"/> (the exact bytes Go would produce,
/// invalid UTF-8 included), or failed with <see cref="Error"/>.
/// </summary>
internal sealed record EngineRendering(TemplateOutcome Outcome, byte[]? Output, string? Error)
{
    /// <summary>Compiles as a receiver field is compiled at config load, then executes as a notification does.</summary>
    public static EngineRendering Render(TemplateSet set, string template, bool html, TemplateData data)
    {
        CompiledTemplate compiled;
        try
        {
            compiled = html ? set.CompileHtml(template) : set.CompileText(template);
        }
        catch (TemplateParseException e)
        {
            return new EngineRendering(TemplateOutcome.ParseError, null, e.Message);
        }

        try
        {
            return new EngineRendering(TemplateOutcome.Renders, compiled.ExecuteUtf8(data), null);
        }
        catch (TemplateExecException e)
        {
            return new EngineRendering(TemplateOutcome.ExecutionError, null, e.Message);
        }
    }
}
