namespace AlertRouter.Templating.Alertmanager;

/// <summary>The default templates (default.tmpl, then email.tmpl, as Alertmanager parses its embedded pair).</summary>
internal static class DefaultTemplates
{
    public static readonly IReadOnlyList<string> Sources = [Read("default.tmpl"), Read("email.tmpl")];

    private static string Read(string name)
    {
        using var stream = typeof(DefaultTemplates).Assembly.GetManifestResourceStream("AlertRouter.Templating.Defaults." + name)
            ?? throw new InvalidOperationException($"embedded template {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
