using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Notifiers.Templates;

/// <summary>Renders the fields of one message: one integration, one <see cref="TemplateData"/>, one config's templates.</summary>
internal sealed class TemplateRenderer(MessageTemplates templates, TemplateMetrics metrics, string integration, TemplateData data)
{
    public TemplateData Data => data;

    /// <summary>
    /// Renders <paramref name="source"/> as a Go template, or <paramref name="fallback"/> (Alertmanager's default for
    /// the field, e.g. <c>{{ template "slack.default.title" . }}</c>) when the field is not set. Html renders as
    /// html/template does (email <c>html</c>). A failure throws <see cref="TemplateRenderException"/> and is counted.
    /// </summary>
    public string Render(string field, string? source, string fallback = "", TemplateFlavor flavor = TemplateFlavor.Text)
    {
        try
        {
            return templates.Compile(source ?? fallback, flavor).Execute(data);
        }
        catch (TemplateException e)
        {
            metrics.RenderFailed(integration);
            throw new TemplateRenderException(field, e.Message, e);
        }
    }
}
