namespace AlertRouter.Templating.Html;

/// <summary>html/template's contentType: what kind of trusted content a value or attribute carries.</summary>
internal enum ContentType
{
    Plain,
    CSS,
    HTML,
    HTMLAttr,
    JS,
    JSStr,
    URL,
    Srcset,
    Unsafe,
}
