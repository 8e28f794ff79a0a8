using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Html;

/// <summary>html/template's context transitions over template text (transition.go), on .NET strings.</summary>
internal static class Transitions
{
    public static (HtmlContext, int) Apply(HtmlContext c, string s) => Apply(c.State, c, s);

    /// <summary>Runs the transition function of state <paramref name="st"/> on context <paramref name="c"/>.</summary>
    public static (HtmlContext, int) Apply(HtmlState st, HtmlContext c, string s) => st switch
    {
        HtmlState.Text => TText(c, s),
        HtmlState.Tag => TTag(c, s),
        HtmlState.AttrName => TAttrName(c, s),
        HtmlState.AfterName => TAfterName(c, s),
        HtmlState.BeforeValue => TBeforeValue(c, s),
        HtmlState.HTMLCmt => THtmlCmt(c, s),
        HtmlState.RCDATA => TSpecialTagEnd(c, s),
        HtmlState.Attr => (c, s.Length),
        HtmlState.URL or HtmlState.Srcset => TUrl(c, s),
        HtmlState.JS => TJs(c, s),
        HtmlState.JSDqStr or HtmlState.JSSqStr or HtmlState.JSBqStr or HtmlState.JSRegexp => TJsDelimited(c, s),
        HtmlState.JSBlockCmt or HtmlState.CSSBlockCmt => TBlockCmt(c, s),
        HtmlState.JSLineCmt or HtmlState.CSSLineCmt => TLineCmt(c, s),
        HtmlState.CSS => TCss(c, s),
        HtmlState.CSSDqStr or HtmlState.CSSSqStr or HtmlState.CSSDqURL or HtmlState.CSSSqURL or HtmlState.CSSURL => TCssStr(c, s),
        _ => (c, s.Length),
    };

    private static HtmlContext Err(string description) => HtmlContext.Error(new HtmlError(null, 0, description));

    private static (HtmlContext, int) TText(HtmlContext c, string s)
    {
        var k = 0;
        while (true)
        {
            var i = s.IndexOf('<', k);
            if (i < 0 || i + 1 == s.Length)
            {
                return (c, s.Length);
            }

            if (i + 4 <= s.Length && string.CompareOrdinal(s, i, "<!--", 0, 4) == 0)
            {
                return (new HtmlContext(HtmlState.HTMLCmt), i + 4);
            }

            i++;
            var end = false;
            if (s[i] == '/')
            {
                if (i + 1 == s.Length)
                {
                    return (c, s.Length);
                }

                end = true;
                i++;
            }

            var (j, e) = EatTagName(s, i);
            if (j != i)
            {
                return (new HtmlContext(HtmlState.Tag, Element: end ? Element.None : e), j);
            }

            k = j;
        }
    }

    private static HtmlState ContentState(Element e) => e switch
    {
        Element.Script => HtmlState.JS,
        Element.Style => HtmlState.CSS,
        Element.Textarea or Element.Title => HtmlState.RCDATA,
        _ => HtmlState.Text,
    };

    private static (HtmlContext, int) TTag(HtmlContext c, string s)
    {
        var i = EatWhiteSpace(s, 0);
        if (i == s.Length)
        {
            return (c, s.Length);
        }

        if (s[i] == '>')
        {
            return (new HtmlContext(ContentState(c.Element), Element: c.Element), i + 1);
        }

        var (j, err) = EatAttrName(s, i);
        if (err is not null)
        {
            return (HtmlContext.Error(err), s.Length);
        }

        if (i == j)
        {
            return (Err($"expected space, attr name, or end of tag, but got {GoQuoting.Quote(s[i..])}"), s.Length);
        }

        var attrName = s[i..j].ToLowerInvariant();
        var attr = AttrKind.None;
        if (c.Element == Element.Script && attrName == "type")
        {
            attr = AttrKind.ScriptType;
        }
        else
        {
            attr = AttrTypes.Of(attrName) switch
            {
                ContentType.URL => AttrKind.URL,
                ContentType.CSS => AttrKind.Style,
                ContentType.JS => AttrKind.Script,
                ContentType.Srcset => AttrKind.Srcset,
                _ => AttrKind.None,
            };
        }

        return (new HtmlContext(j == s.Length ? HtmlState.AttrName : HtmlState.AfterName, Element: c.Element, Attr: attr), j);
    }

    private static (HtmlContext, int) TAttrName(HtmlContext c, string s)
    {
        var (i, err) = EatAttrName(s, 0);
        if (err is not null)
        {
            return (HtmlContext.Error(err), s.Length);
        }

        return (i != s.Length ? c with { State = HtmlState.AfterName } : c, i);
    }

    private static (HtmlContext, int) TAfterName(HtmlContext c, string s)
    {
        var i = EatWhiteSpace(s, 0);
        if (i == s.Length)
        {
            return (c, s.Length);
        }

        if (s[i] != '=')
        {
            return (c with { State = HtmlState.Tag }, i);
        }

        return (c with { State = HtmlState.BeforeValue }, i + 1);
    }

    public static HtmlState AttrStartState(AttrKind a) => a switch
    {
        AttrKind.Script => HtmlState.JS,
        AttrKind.Style => HtmlState.CSS,
        AttrKind.URL => HtmlState.URL,
        AttrKind.Srcset => HtmlState.Srcset,
        _ => HtmlState.Attr,
    };

    private static (HtmlContext, int) TBeforeValue(HtmlContext c, string s)
    {
        var i = EatWhiteSpace(s, 0);
        if (i == s.Length)
        {
            return (c, s.Length);
        }

        var delim = Delim.SpaceOrTagEnd;
        switch (s[i])
        {
            case '\'':
                delim = Delim.SingleQuote;
                i++;
                break;
            case '"':
                delim = Delim.DoubleQuote;
                i++;
                break;
        }

        return (c with { State = AttrStartState(c.Attr), Delim = delim }, i);
    }

    private static (HtmlContext, int) THtmlCmt(HtmlContext c, string s)
    {
        var i = s.IndexOf("-->", StringComparison.Ordinal);
        return i >= 0 ? (new HtmlContext(HtmlState.Text), i + 3) : (c, s.Length);
    }

    public static (HtmlContext, int) TSpecialTagEnd(HtmlContext c, string s)
    {
        if (c.Element != Element.None)
        {
            var tag = c.Element switch
            {
                Element.Script => "script",
                Element.Style => "style",
                Element.Textarea => "textarea",
                _ => "title",
            };
            var i = IndexTagEnd(s, tag);
            if (i != -1)
            {
                return (new HtmlContext(HtmlState.Text), i);
            }
        }

        return (c, s.Length);
    }

    private static int IndexTagEnd(string s, string tag)
    {
        var res = 0;
        var pos = 0;
        while (pos < s.Length)
        {
            var i = s.IndexOf("</", pos, StringComparison.Ordinal);
            if (i == -1)
            {
                return -1;
            }

            var rel = i - pos;
            pos = i + 2;
            if (tag.Length <= s.Length - pos && string.Compare(s, pos, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                pos += tag.Length;
                if (pos < s.Length && "> \t\n\f/".Contains(s[pos], StringComparison.Ordinal))
                {
                    return res + rel;
                }

                res += tag.Length;
            }

            res += rel + 2;
        }

        return -1;
    }

    public static (HtmlContext, int) TUrl(HtmlContext c, string s)
    {
        if (s.AsSpan().IndexOfAny("#?") >= 0)
        {
            c = c with { UrlPart = UrlPart.QueryOrFrag };
        }
        else if (s.Length != EatWhiteSpace(s, 0) && c.UrlPart == UrlPart.None)
        {
            c = c with { UrlPart = UrlPart.PreQuery };
        }

        return (c, s.Length);
    }

    private static (HtmlContext, int) TJs(HtmlContext c, string s)
    {
        var i = s.AsSpan().IndexOfAny("\"`'/");
        if (i == -1)
        {
            return (c with { JsCtx = NextJsCtx(s, c.JsCtx) }, s.Length);
        }

        c = c with { JsCtx = NextJsCtx(s[..i], c.JsCtx) };
        switch (s[i])
        {
            case '"':
                c = c with { State = HtmlState.JSDqStr, JsCtx = JsCtx.Regexp };
                break;
            case '\'':
                c = c with { State = HtmlState.JSSqStr, JsCtx = JsCtx.Regexp };
                break;
            case '`':
                c = c with { State = HtmlState.JSBqStr, JsCtx = JsCtx.Regexp };
                break;
            default:
                if (i + 1 < s.Length && s[i + 1] == '/')
                {
                    c = c with { State = HtmlState.JSLineCmt };
                    i++;
                }
                else if (i + 1 < s.Length && s[i + 1] == '*')
                {
                    c = c with { State = HtmlState.JSBlockCmt };
                    i++;
                }
                else if (c.JsCtx == JsCtx.Regexp)
                {
                    c = c with { State = HtmlState.JSRegexp };
                }
                else if (c.JsCtx == JsCtx.DivOp)
                {
                    c = c with { JsCtx = JsCtx.Regexp };
                }
                else
                {
                    return (Err($"'/' could start a division or regexp: {QuoteTruncated(s[i..], 32)}"), s.Length);
                }

                break;
        }

        return (c, i + 1);
    }

    private static string QuoteTruncated(string s, int runes) => GoQuoting.Quote(GoString.FirstRunes(s, runes));

    private static (HtmlContext, int) TJsDelimited(HtmlContext c, string s)
    {
        var specials = c.State switch
        {
            HtmlState.JSSqStr => "\\'",
            HtmlState.JSBqStr => "`\\",
            HtmlState.JSRegexp => "\\/[]",
            _ => "\\\"",
        };
        var k = 0;
        var inCharset = false;
        while (true)
        {
            var rel = s.AsSpan(k).IndexOfAny(specials);
            if (rel < 0)
            {
                break;
            }

            var i = k + rel;
            switch (s[i])
            {
                case '\\':
                    i++;
                    if (i == s.Length)
                    {
                        return (Err($"unfinished escape sequence in JS string: {GoQuoting.Quote(s)}"), s.Length);
                    }

                    break;
                case '[':
                    inCharset = true;
                    break;
                case ']':
                    inCharset = false;
                    break;
                default:
                    if (!inCharset)
                    {
                        return (c with { State = HtmlState.JS, JsCtx = JsCtx.DivOp }, i + 1);
                    }

                    break;
            }

            k = i + 1;
        }

        if (inCharset)
        {
            return (Err($"unfinished JS regexp charset: {GoQuoting.Quote(s)}"), s.Length);
        }

        return (c, s.Length);
    }

    private static (HtmlContext, int) TBlockCmt(HtmlContext c, string s)
    {
        var i = s.IndexOf("*/", StringComparison.Ordinal);
        if (i == -1)
        {
            return (c, s.Length);
        }

        return (c with { State = c.State == HtmlState.JSBlockCmt ? HtmlState.JS : HtmlState.CSS }, i + 2);
    }

    private static (HtmlContext, int) TLineCmt(HtmlContext c, string s)
    {
        var js = c.State == HtmlState.JSLineCmt;
        var i = s.AsSpan().IndexOfAny(js ? "\n\r\u2028\u2029" : "\n\f\r");
        if (i == -1)
        {
            return (c, s.Length);
        }

        return (c with { State = js ? HtmlState.JS : HtmlState.CSS }, i);
    }

    private static (HtmlContext, int) TCss(HtmlContext c, string s)
    {
        var k = 0;
        while (true)
        {
            var rel = s.AsSpan(k).IndexOfAny("(\"'/");
            if (rel < 0)
            {
                return (c, s.Length);
            }

            var i = k + rel;
            switch (s[i])
            {
                case '(':
                    var p = s[..i].TrimEnd('\t', '\n', '\f', '\r', ' ');
                    if (EndsWithCssKeyword(p, "url"))
                    {
                        var rest = s[(i + 1)..].TrimStart('\t', '\n', '\f', '\r', ' ');
                        var j = s.Length - rest.Length;
                        if (j != s.Length && s[j] == '"')
                        {
                            return (c with { State = HtmlState.CSSDqURL }, j + 1);
                        }

                        if (j != s.Length && s[j] == '\'')
                        {
                            return (c with { State = HtmlState.CSSSqURL }, j + 1);
                        }

                        return (c with { State = HtmlState.CSSURL }, j);
                    }

                    break;
                case '/':
                    if (i + 1 < s.Length)
                    {
                        if (s[i + 1] == '/')
                        {
                            return (c with { State = HtmlState.CSSLineCmt }, i + 2);
                        }

                        if (s[i + 1] == '*')
                        {
                            return (c with { State = HtmlState.CSSBlockCmt }, i + 2);
                        }
                    }

                    break;
                case '"':
                    return (c with { State = HtmlState.CSSDqStr }, i + 1);
                case '\'':
                    return (c with { State = HtmlState.CSSSqStr }, i + 1);
            }

            k = i + 1;
        }
    }

    private static (HtmlContext, int) TCssStr(HtmlContext c, string s)
    {
        var endAndEsc = c.State switch
        {
            HtmlState.CSSDqStr or HtmlState.CSSDqURL => "\\\"",
            HtmlState.CSSSqStr or HtmlState.CSSSqURL => "\\'",
            _ => "\\\t\n\f\r )",
        };
        var k = 0;
        while (true)
        {
            var rel = s.AsSpan(k).IndexOfAny(endAndEsc);
            if (rel < 0)
            {
                var (c2, nread) = TUrl(c, CssDecode.Decode(s[k..]));
                return (c2, k + Math.Min(nread, s.Length - k));
            }

            var i = k + rel;
            if (s[i] == '\\')
            {
                i++;
                if (i == s.Length)
                {
                    return (Err($"unfinished escape sequence in CSS string: {GoQuoting.Quote(s)}"), s.Length);
                }
            }
            else
            {
                return (c with { State = HtmlState.CSS }, i + 1);
            }

            (c, _) = TUrl(c, CssDecode.Decode(s[..(i + 1)]));
            k = i + 1;
        }
    }

    private static bool EndsWithCssKeyword(string b, string kw)
    {
        var i = b.Length - kw.Length;
        if (i < 0)
        {
            return false;
        }

        if (i != 0 && CssDecode.IsNmchar(b[i - 1]))
        {
            return false;
        }

        return string.Equals(b[i..], kw, StringComparison.OrdinalIgnoreCase);
    }

    public static (int, HtmlError?) EatAttrName(string s, int i)
    {
        for (var j = i; j < s.Length; j++)
        {
            switch (s[j])
            {
                case ' ' or '\t' or '\n' or '\f' or '\r' or '=' or '>':
                    return (j, null);
                case '\'' or '"' or '<':
                    return (-1, new HtmlError(null, 0,
                        $"{GoQuoting.Quote(s[j..(j + 1)])} in attribute name: {QuoteTruncated(s, 32)}"));
            }
        }

        return (s.Length, null);
    }

    private static bool AsciiAlpha(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool AsciiAlphaNum(char c) => AsciiAlpha(c) || c is >= '0' and <= '9';

    private static (int, Element) EatTagName(string s, int i)
    {
        if (i == s.Length || !AsciiAlpha(s[i]))
        {
            return (i, Element.None);
        }

        var j = i + 1;
        while (j < s.Length)
        {
            var x = s[j];
            if (AsciiAlphaNum(x))
            {
                j++;
                continue;
            }

            if (x is ':' or '-' && j + 1 < s.Length && AsciiAlphaNum(s[j + 1]))
            {
                j += 2;
                continue;
            }

            break;
        }

        return (j, s[i..j].ToLowerInvariant() switch
        {
            "script" => Element.Script,
            "style" => Element.Style,
            "textarea" => Element.Textarea,
            "title" => Element.Title,
            _ => Element.None,
        });
    }

    public static int EatWhiteSpace(string s, int i)
    {
        for (var j = i; j < s.Length; j++)
        {
            if (s[j] is not (' ' or '\t' or '\n' or '\f' or '\r'))
            {
                return j;
            }
        }

        return s.Length;
    }

    /// <summary>Go's nextJSCtx: what a '/' after <paramref name="s"/> would start.</summary>
    public static JsCtx NextJsCtx(string s, JsCtx preceding)
    {
        s = s.TrimEnd('\t', '\n', '\f', '\r', ' ', '\u2028', '\u2029');
        if (s.Length == 0)
        {
            return preceding;
        }

        var n = s.Length;
        var c = s[n - 1];
        switch (c)
        {
            case '+' or '-':
                var start = n - 1;
                while (start > 0 && s[start - 1] == c)
                {
                    start--;
                }

                return ((n - start) & 1) == 1 ? JsCtx.Regexp : JsCtx.DivOp;
            case '.':
                return n != 1 && char.IsAsciiDigit(s[n - 2]) ? JsCtx.DivOp : JsCtx.Regexp;
            case ',' or '<' or '>' or '=' or '*' or '%' or '&' or '|' or '^' or '?' or '!' or '~' or '(' or '[' or ':' or ';' or '{' or '}':
                return JsCtx.Regexp;
            default:
                var j = n;
                while (j > 0 && IsJsIdentPart(s[j - 1]))
                {
                    j--;
                }

                return s[j..] is "break" or "case" or "continue" or "delete" or "do" or "else" or "finally" or "in"
                    or "instanceof" or "return" or "throw" or "try" or "typeof" or "void"
                    ? JsCtx.Regexp
                    : JsCtx.DivOp;
        }
    }

    public static bool IsJsIdentPart(int r) => r is '$' or '_' or >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z';
}
