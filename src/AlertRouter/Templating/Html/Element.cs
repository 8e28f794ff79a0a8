namespace AlertRouter.Templating.Html;

/// <summary>Elements whose content is parsed specially (Go's <c>element</c>).</summary>
internal enum Element
{
    None,
    Script,
    Style,
    Textarea,
    Title,
}
