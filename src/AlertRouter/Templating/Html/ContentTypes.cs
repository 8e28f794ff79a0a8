using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Html;

/// <summary>html/template's typed strings: values of these types are trusted in their context and not escaped again.</summary>
internal static class ContentTypes
{
    public static readonly GoType HTML = new("template.HTML", GoKind.String);
    public static readonly GoType URL = new("template.URL", GoKind.String);
    public static readonly GoType CSS = new("template.CSS", GoKind.String);
    public static readonly GoType JS = new("template.JS", GoKind.String);
    public static readonly GoType JSStr = new("template.JSStr", GoKind.String);
    public static readonly GoType HTMLAttr = new("template.HTMLAttr", GoKind.String);
    public static readonly GoType Srcset = new("template.Srcset", GoKind.String);
}
