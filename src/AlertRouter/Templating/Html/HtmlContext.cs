using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Html;

/// <summary>html/template's context: where in the HTML document the output is (state, attribute, URL part...).</summary>
internal readonly record struct HtmlContext(
    HtmlState State,
    Delim Delim = Delim.None,
    UrlPart UrlPart = UrlPart.None,
    JsCtx JsCtx = JsCtx.Regexp,
    AttrKind Attr = AttrKind.None,
    Element Element = Element.None,
    HtmlError? Err = null,
    Node? BreakNode = null)
{
    public static HtmlContext Error(HtmlError err) => new(HtmlState.Error, Err: err);

    /// <summary>Go's context.eq (the break node is not compared).</summary>
    public bool Eq(HtmlContext d) => State == d.State && Delim == d.Delim && UrlPart == d.UrlPart && JsCtx == d.JsCtx &&
                                      Attr == d.Attr && Element == d.Element && ReferenceEquals(Err, d.Err);

    /// <summary>Go's mangle: the name of the copy of a template escaped for a start context.</summary>
    public string Mangle(string templateName)
    {
        if (State == HtmlState.Text)
        {
            return templateName;
        }

        var s = templateName + "$htmltemplate_state" + State;
        if (Delim != Delim.None)
        {
            s += "_delim" + Delim;
        }

        if (UrlPart != UrlPart.None)
        {
            s += "_urlPart" + UrlPart;
        }

        if (JsCtx != JsCtx.Regexp)
        {
            s += "_jsCtx" + JsCtx;
        }

        if (Attr != AttrKind.None)
        {
            s += "_attr" + Attr;
        }

        if (Element != Element.None)
        {
            s += "_element" + Element;
        }

        return s;
    }

    public override string ToString() =>
        $"{{state{State} delim{Delim} urlPart{UrlPart} jsCtx{JsCtx} attr{Attr} element{Element} {(Err is null ? "<nil>" : Err.ToString())}}}";
}
