using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Notifiers.Templates;

/// <summary>Renders the fields of one message: one integration, one <see cref="TemplateData"/>, one config's templates.</summary>
internal sealed class TemplateRenderer(MessageTemplates templates, TemplateMetrics metrics, string integration, TemplateData data,
    TemplatePreview? preview = null)
{
    public TemplateData Data => data;

    /// <summary>
    /// Renders <paramref name="source"/> as a Go template, or <paramref name="fallback"/> (Alertmanager's default for
    /// the field, e.g. <c>{{ template "slack.default.title" . }}</c>) when the field is not set. Html renders as
    /// html/template does (email <c>html</c>). A failure throws <see cref="TemplateRenderException"/> and is counted.
    /// In a preview, every field is recorded and a failure is recorded too, as an empty value.
    /// </summary>
    public string Render(string field, string? source, string fallback = "", TemplateFlavor flavor = TemplateFlavor.Text)
    {
        if (preview is not null)
        {
            try
            {
                var value = templates.Compile(source ?? fallback, flavor).Execute(data);
                preview.Add(new RenderedField(field, value, null, flavor));
                return value;
            }
            catch (TemplateException e)
            {
                preview.Add(new RenderedField(field, "", e.Message, flavor));
                return "";
            }
        }

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
