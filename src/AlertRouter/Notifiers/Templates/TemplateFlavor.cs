namespace AlertRouter.Notifiers.Templates;

/// <summary>Text renders values as they are (Go's text/template); Html escapes them (html/template, email html).</summary>
internal enum TemplateFlavor
{
    Text,
    Html,
}
