namespace AlertRouter.Templating.Html;

/// <summary>How the current attribute value ends (Go's <c>delim</c>).</summary>
internal enum Delim
{
    None,
    DoubleQuote,
    SingleQuote,
    SpaceOrTagEnd,
}
