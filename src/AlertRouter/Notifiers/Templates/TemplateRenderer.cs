namespace AlertRouter.Notifiers.Templates;

/// <summary>Renders the fields of one message: one integration, one <see cref="TemplateData"/>.</summary>
internal readonly struct TemplateRenderer(TemplateEngine engine, string integration, TemplateData data)
{
    public TemplateData Data => data;

    /// <summary>Renders <paramref name="source"/>, or returns <paramref name="fallback"/> when it is null or fails.</summary>
    public string Render(string field, string? source, string fallback = "") =>
        engine.Render(integration, field, source, data, () => fallback);

    public string Render(string field, string? source, Func<TemplateData, string> fallback, TemplateFlavor flavor = TemplateFlavor.Text)
    {
        var d = data;
        return engine.Render(integration, field, source, d, () => fallback(d), flavor);
    }
}
