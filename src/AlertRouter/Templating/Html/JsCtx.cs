namespace AlertRouter.Templating.Html;

/// <summary>Whether a '/' in JS would start a regexp or a division (Go's <c>jsCtx</c>).</summary>
internal enum JsCtx
{
    Regexp,
    DivOp,
    Unknown,
}
