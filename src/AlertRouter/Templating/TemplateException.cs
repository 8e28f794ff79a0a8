namespace AlertRouter.Templating;

/// <summary>
/// The only exceptions the template engine throws: <see cref="TemplateParseException"/> when a template does not
/// parse, <see cref="TemplateExecException"/> when it fails while rendering. The message is Go's text.
/// </summary>
internal abstract class TemplateException(string message) : Exception(message);
