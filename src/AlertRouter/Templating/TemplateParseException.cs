namespace AlertRouter.Templating;

/// <summary>A template that Go's text/template parser would reject; the message is Go's, e.g.
/// <c>template: my.tmpl:3: function "foo" not defined</c>.</summary>
internal sealed class TemplateParseException(string message, string templateName, int line, string? file = null)
    : TemplateException(message)
{
    /// <summary>Go's parse name: "" for an inline field, the file's base name for a template file.</summary>
    public string TemplateName { get; } = templateName;

    public int Line { get; } = line;

    /// <summary>The full path of the template file, or null for an inline field.</summary>
    public string? File { get; init; } = file;
}
