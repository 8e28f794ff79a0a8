using System.Buffers;
using System.Text;
using System.Text.Unicode;
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
            return GoText(templates.Compile(source ?? fallback, flavor).ExecuteUtf8(data));
        }
        catch (TemplateException e)
        {
            metrics.RenderFailed(integration);
            throw new TemplateRenderException(field, e.Message, e);
        }
    }

    /// <summary>
    /// Go's bytes as a .NET string where each byte that is not UTF-8 stays one character of its own, a lone surrogate,
    /// so that the JSON writer (<see cref="Json.GoJson.Quote"/>) writes it as Go's encoder does, one <c>\ufffd</c> per
    /// byte, and a rune cut counts it as one rune as Go's <c>[]rune(s)</c> does.
    /// </summary>
    private static string GoText(byte[] utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var sb = new StringBuilder(utf8.Length);
        var rest = utf8.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                rest = rest[consumed..];
            }
            else
            {
                sb.Append((char)(0xDC00 | rest[0]));
                rest = rest[1..];
            }
        }

        return sb.ToString();
    }
}
