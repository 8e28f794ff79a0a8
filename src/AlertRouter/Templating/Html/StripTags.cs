using System.Text;

namespace AlertRouter.Templating.Html;

/// <summary>html/template's stripTags: the text content of an HTML fragment (for typed HTML put in attributes).</summary>
internal static class StripTags
{
    public static string Strip(string html)
    {
        var b = new StringBuilder();
        var c = new HtmlContext(HtmlState.Text);
        var i = 0;
        var allText = true;
        while (i != html.Length)
        {
            if (c.Delim == Delim.None)
            {
                var st = c.State;
                if (c.Element != Element.None && !IsInTag(st))
                {
                    st = HtmlState.RCDATA;
                }

                var (d, nread) = Transitions.Apply(st, c, html[i..]);
                var i1 = i + nread;
                if (c.State is HtmlState.Text or HtmlState.RCDATA)
                {
                    var j = i1;
                    if (d.State != c.State)
                    {
                        for (var j1 = j - 1; j1 >= i; j1--)
                        {
                            if (html[j1] == '<')
                            {
                                j = j1;
                                break;
                            }
                        }
                    }

                    b.Append(html, i, j - i);
                }
                else
                {
                    allText = false;
                }

                (c, i) = (d, i1);
                continue;
            }

            var ends = c.Delim switch { Delim.DoubleQuote => "\"", Delim.SingleQuote => "'", _ => " \t\n\f\r>" };
            var rel = html.AsSpan(i).IndexOfAny(ends);
            if (rel < 0)
            {
                break;
            }

            var next = i + rel;
            if (c.Delim != Delim.SpaceOrTagEnd)
            {
                next++;
            }

            (c, i) = (new HtmlContext(HtmlState.Tag, Element: c.Element), next);
        }

        if (allText)
        {
            return html;
        }

        if (c.State is HtmlState.Text or HtmlState.RCDATA)
        {
            b.Append(html, i, html.Length - i);
        }

        return b.ToString();
    }

    public static bool IsInTag(HtmlState s) => s is HtmlState.Tag or HtmlState.AttrName or HtmlState.AfterName or HtmlState.BeforeValue or HtmlState.Attr;
}
