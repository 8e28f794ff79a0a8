namespace AlertRouter.Templating.Html;

/// <summary>Where in a URL the current position is (Go's <c>urlPart</c>).</summary>
internal enum UrlPart
{
    None,
    PreQuery,
    QueryOrFrag,
    Unknown,
}
