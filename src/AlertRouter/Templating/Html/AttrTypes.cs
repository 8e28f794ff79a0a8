namespace AlertRouter.Templating.Html;

/// <summary>html/template's attrType: the content type of an attribute's value, by attribute name.</summary>
internal static class AttrTypes
{
    private static readonly Dictionary<string, ContentType> Map = Build();

    private static Dictionary<string, ContentType> Build()
    {
        var m = new Dictionary<string, ContentType>(StringComparer.Ordinal);
        foreach (var n in "accept alt autocomplete autofocus autoplay border checked class cols colspan contenteditable contextmenu controls coords datetime default dir dirname disabled draggable dropzone for formtarget headers height hidden high hreflang id ismap kind label lang list loop low max maxlength media mediagroup min multiple name open optimum placeholder preload pubdate radiogroup readonly required reversed rows rowspan spellcheck scope scoped seamless selected shape size sizes span srclang start step tabindex target title width wrap".Split(' '))
        {
            m[n] = ContentType.Plain;
        }

        foreach (var n in "accept-charset async challenge charset content crossorigin defer enctype form formenctype formmethod formnovalidate http-equiv keytype language method novalidate pattern rel sandbox type value".Split(' '))
        {
            m[n] = ContentType.Unsafe;
        }

        foreach (var n in "action archive background cite classid codebase data formaction href icon longdesc manifest poster profile src usemap xmlns".Split(' '))
        {
            m[n] = ContentType.URL;
        }

        m["srcdoc"] = ContentType.HTML;
        m["srcset"] = ContentType.Srcset;
        m["style"] = ContentType.CSS;
        return m;
    }

    public static ContentType Of(string name)
    {
        if (name.StartsWith("data-", StringComparison.Ordinal))
        {
            name = name[5..];
        }
        else if (name.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
        {
            if (name[..colon] == "xmlns")
            {
                return ContentType.URL;
            }

            name = name[(colon + 1)..];
        }

        if (Map.TryGetValue(name, out var t))
        {
            return t;
        }

        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            return ContentType.JS;
        }

        return name.Contains("src", StringComparison.Ordinal) || name.Contains("uri", StringComparison.Ordinal) ||
               name.Contains("url", StringComparison.Ordinal)
            ? ContentType.URL
            : ContentType.Plain;
    }
}
