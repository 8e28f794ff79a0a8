namespace AlertRouter.Templating;

/// <summary>A failure while rendering, with Go's message, e.g.
/// <c>template: :1:3: executing "" at &lt;.Foo&gt;: can't evaluate field Foo in type *template.Data</c>.</summary>
internal sealed class TemplateExecException(string message) : TemplateException(message);
