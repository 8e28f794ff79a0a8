using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Compiles and renders custom (Handlebars) templates over <see cref="TemplateData"/>. Compiled templates are cached
/// by source; a render that fails falls back to the default content and is counted and logged.
/// </summary>
internal sealed class TemplateEngine
{
    private readonly IHandlebars _text;
    private readonly IHandlebars _html;
    private readonly ConcurrentDictionary<(TemplateFlavor, string), HandlebarsTemplate<object, object>> _cache = new();
    private readonly TemplateMetrics _metrics;
    private readonly ILogger<TemplateEngine> _logger;

    public TemplateEngine(TemplateMetrics metrics, ILogger<TemplateEngine> logger)
    {
        _metrics = metrics;
        _logger = logger;
        _text = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        _html = Handlebars.Create(new HandlebarsConfiguration { NoEscape = false });
        TemplateHelpers.Register(_text);
        TemplateHelpers.Register(_html);
    }

    /// <summary>Compiles (or returns the cached) template; throws a HandlebarsException for a syntax error.</summary>
    public HandlebarsTemplate<object, object> Compile(string source, TemplateFlavor flavor) =>
        _cache.GetOrAdd((flavor, source), static (key, engine) =>
            (key.Item1 == TemplateFlavor.Html ? engine._html : engine._text).Compile(key.Item2), this);

    /// <summary>Renders <paramref name="source"/>; null means "use the default", and any failure does too.</summary>
    public string Render(string integration, string field, string? source, TemplateData data, Func<string> fallback,
        TemplateFlavor flavor = TemplateFlavor.Text)
    {
        if (source is null)
        {
            return fallback();
        }

        try
        {
            return Compile(source, flavor)(data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _metrics.RenderFailed(integration);
            _logger.TemplateRenderFailed(integration, field, e.GetType().Name, e.Message);
            return fallback();
        }
    }

    /// <summary>A renderer bound to one integration and one data set, for the message builders.</summary>
    public TemplateRenderer For(string integration, TemplateData data) => new(this, integration, data);
}
