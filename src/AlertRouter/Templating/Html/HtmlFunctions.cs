using System.Globalization;
using System.Text;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Html;

/// <summary>The escaping functions html/template inserts into pipelines (escape.go's funcMap), with Go's output.</summary>
internal static class HtmlFunctions
{
    public const string FilterFailsafe = "ZgotmplZ";

    private static readonly GoType[] AnyVar = [GoType.EmptyInterface];

    public static readonly IReadOnlyDictionary<string, GoFunc> Escapers = new Dictionary<string, GoFunc>(StringComparer.Ordinal)
    {
        ["_html_template_attrescaper"] = F("_html_template_attrescaper", AttrEscaper),
        ["_html_template_commentescaper"] = F("_html_template_commentescaper", _ => ""),
        ["_html_template_cssescaper"] = F("_html_template_cssescaper", CssEscaper),
        ["_html_template_cssvaluefilter"] = F("_html_template_cssvaluefilter", CssValueFilter),
        ["_html_template_htmlnamefilter"] = F("_html_template_htmlnamefilter", HtmlNameFilter),
        ["_html_template_htmlescaper"] = F("_html_template_htmlescaper", HtmlEscaper),
        ["_html_template_jsregexpescaper"] = F("_html_template_jsregexpescaper", JsRegexpEscaper),
        ["_html_template_jsstrescaper"] = F("_html_template_jsstrescaper", JsStrEscaper),
        ["_html_template_jsvalescaper"] = F("_html_template_jsvalescaper", JsValEscaper),
        ["_html_template_nospaceescaper"] = F("_html_template_nospaceescaper", NospaceEscaper),
        ["_html_template_rcdataescaper"] = F("_html_template_rcdataescaper", RcdataEscaper),
        ["_html_template_srcsetescaper"] = F("_html_template_srcsetescaper", SrcsetEscaper),
        ["_html_template_urlescaper"] = F("_html_template_urlescaper", a => UrlProcessor(false, a)),
        ["_html_template_urlfilter"] = F("_html_template_urlfilter", UrlFilter),
        ["_html_template_urlnormalizer"] = F("_html_template_urlnormalizer", a => UrlProcessor(true, a)),
        ["_eval_args_"] = F("_eval_args_", EvalArgs),
    };

    private static GoFunc F(string name, Func<GoValue[], string> f) =>
        new(name, AnyVar, true, GoType.String, false, (_, a) => GoValue.String(f(a)));

    private static GoValue Deref(GoValue v)
    {
        while (v.Kind == GoKind.Pointer && v.Ref is not null && v.Type!.Stringer is null)
        {
            v = v.Elem();
        }

        return v;
    }

    private static bool IsNil(GoValue v) => !v.IsValid || (v.Kind == GoKind.Interface && v.Ref is null);

    /// <summary>html/template's stringify: a typed string keeps its content type; other values print with fmt.Sprint.</summary>
    public static (string, ContentType) Stringify(GoValue[] args)
    {
        if (args.Length == 1)
        {
            var a = Deref(args[0]);
            if (a.Type == GoType.String)
            {
                return (a.Str, ContentType.Plain);
            }

            if (a.Kind == GoKind.String && TypedContent(a.Type!) is { } ct)
            {
                return (a.Str, ct);
            }
        }

        var kept = args.Where(a => !IsNil(a)).Select(Deref).ToArray();
        return (GoPrinter.Sprint(kept), ContentType.Plain);
    }

    private static ContentType? TypedContent(GoType t) =>
        t == ContentTypes.HTML ? ContentType.HTML :
        t == ContentTypes.CSS ? ContentType.CSS :
        t == ContentTypes.HTMLAttr ? ContentType.HTMLAttr :
        t == ContentTypes.JS ? ContentType.JS :
        t == ContentTypes.JSStr ? ContentType.JSStr :
        t == ContentTypes.URL ? ContentType.URL :
        t == ContentTypes.Srcset ? ContentType.Srcset : null;

    private static string EvalArgs(GoValue[] args)
    {
        if (args.Length == 1 && args[0].Type == GoType.String)
        {
            return args[0].Str;
        }

        return GoPrinter.Sprint(args.Select(a => IsNil(a) ? GoValue.NilInterface : Deref(a)).ToArray());
    }

    private static string HtmlEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        return t == ContentType.HTML ? s : HtmlReplacer(s, Table.Html, true);
    }

    private static string AttrEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        return t == ContentType.HTML ? HtmlReplacer(StripTags.Strip(s), Table.HtmlNorm, true) : HtmlReplacer(s, Table.Html, true);
    }

    private static string RcdataEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        return HtmlReplacer(s, t == ContentType.HTML ? Table.HtmlNorm : Table.Html, true);
    }

    private static string NospaceEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        return t == ContentType.HTML ? HtmlReplacer(StripTags.Strip(s), Table.NospaceNorm, false) : HtmlReplacer(s, Table.Nospace, false);
    }

    private enum Table
    {
        Html,
        HtmlNorm,
        Nospace,
        NospaceNorm,
    }

    private static string? Replacement(int r, Table table)
    {
        var nospace = table is Table.Nospace or Table.NospaceNorm;
        var norm = table is Table.HtmlNorm or Table.NospaceNorm;
        return r switch
        {
            0 => nospace ? "&#xfffd;" : "\uFFFD",
            '"' => "&#34;",
            '&' => norm ? null : "&amp;",
            '\'' => "&#39;",
            '+' => "&#43;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\t' when nospace => "&#9;",
            '\n' when nospace => "&#10;",
            '\v' when nospace => "&#11;",
            '\f' when nospace => "&#12;",
            '\r' when nospace => "&#13;",
            ' ' when nospace => "&#32;",
            '=' when nospace => "&#61;",
            '`' when nospace => "&#96;",
            _ => null,
        };
    }

    private static string HtmlReplacer(string s, Table table, bool badRunes)
    {
        StringBuilder? b = null;
        var written = 0;
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out _);
            string? repl = null;
            if (r < 0x80)
            {
                repl = Replacement(r, table);
            }
            else if (!badRunes && (r is >= 0xfdd0 and <= 0xfdef || r is >= 0xfff0 and <= 0xffff))
            {
                repl = "&#x" + r.ToString("x", CultureInfo.InvariantCulture) + ";";
            }

            if (repl is not null)
            {
                b ??= new StringBuilder(s.Length + 16);
                b.Append(s, written, i - written).Append(repl);
                written = i + w;
            }

            i += w;
        }

        return b is null ? s : b.Append(s, written, s.Length - written).ToString();
    }

    private static string HtmlNameFilter(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        if (t == ContentType.HTMLAttr)
        {
            return s;
        }

        if (s.Length == 0)
        {
            return FilterFailsafe;
        }

        s = GoStrings.Map(s, upper: false);
        if (AttrTypes.Of(s) != ContentType.Plain)
        {
            return FilterFailsafe;
        }

        return s.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'z') ? s : FilterFailsafe;
    }

    private static string UrlFilter(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        if (t == ContentType.URL)
        {
            return s;
        }

        return IsSafeUrl(s) ? s : "#" + FilterFailsafe;
    }

    private static bool IsSafeUrl(string s)
    {
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !s[..colon].Contains('/', StringComparison.Ordinal))
        {
            var protocol = s[..colon];
            return protocol.Equals("http", StringComparison.OrdinalIgnoreCase) || protocol.Equals("https", StringComparison.OrdinalIgnoreCase) ||
                   protocol.Equals("mailto", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    private static string UrlProcessor(bool norm, GoValue[] a)
    {
        var (s, t) = Stringify(a);
        if (t == ContentType.URL)
        {
            norm = true;
        }

        var b = new StringBuilder();
        return ProcessUrlOnto(s, norm, b) ? b.ToString() : s;
    }

    private static bool ProcessUrlOnto(string s, bool norm, StringBuilder b)
    {
        var bytes = GoString.ToBytes(s);
        var changed = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = (char)bytes[i];
            var keep = c switch
            {
                '!' or '#' or '$' or '&' or '*' or '+' or ',' or '/' or ':' or ';' or '=' or '?' or '@' or '[' or ']' => norm,
                '-' or '.' or '_' or '~' => true,
                '%' => norm && i + 2 < bytes.Length && CssDecode.IsHex((char)bytes[i + 1]) && CssDecode.IsHex((char)bytes[i + 2]),
                _ => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9',
            };
            if (keep)
            {
                b.Append(c);
            }
            else
            {
                b.Append('%').Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
                changed = true;
            }
        }

        return changed;
    }

    private static string SrcsetEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        if (t == ContentType.Srcset)
        {
            return s;
        }

        if (t == ContentType.URL)
        {
            var u = new StringBuilder();
            if (ProcessUrlOnto(s, true, u))
            {
                s = u.ToString();
            }

            return s.Replace(",", "%2c", StringComparison.Ordinal);
        }

        var b = new StringBuilder();
        var written = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == ',')
            {
                FilterSrcsetElement(s, written, i, b);
                b.Append(',');
                written = i + 1;
            }
        }

        FilterSrcsetElement(s, written, s.Length, b);
        return b.ToString();
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static void FilterSrcsetElement(string s, int left, int right, StringBuilder b)
    {
        var start = left;
        while (start < right && IsHtmlSpace(s[start]))
        {
            start++;
        }

        var end = right;
        for (var i = start; i < right; i++)
        {
            if (IsHtmlSpace(s[i]))
            {
                end = i;
                break;
            }
        }

        var url = s[start..end];
        if (IsSafeUrl(url) && s[end..right].All(c => IsHtmlSpace(c) || char.IsAsciiLetterOrDigit(c)))
        {
            b.Append(s, left, start - left);
            var u = new StringBuilder();
            b.Append(ProcessUrlOnto(url, true, u) ? u.ToString() : url);
            b.Append(s, end, right - end);
            return;
        }

        b.Append('#').Append(FilterFailsafe);
    }

    private static string CssEscaper(GoValue[] a)
    {
        var (s, _) = Stringify(a);
        StringBuilder? b = null;
        var written = 0;
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            var w = char.IsSurrogatePair(s, i) ? 2 : 1;
            string? repl = c switch
            {
                '\0' => @"\0",
                '\t' => @"\9",
                '\n' => @"\a",
                '\f' => @"\c",
                '\r' => @"\d",
                '"' => @"\22",
                '&' => @"\26",
                '\'' => @"\27",
                '(' => @"\28",
                ')' => @"\29",
                '+' => @"\2b",
                '/' => @"\2f",
                ':' => @"\3a",
                ';' => @"\3b",
                '<' => @"\3c",
                '>' => @"\3e",
                '\\' => @"\\",
                '{' => @"\7b",
                '}' => @"\7d",
                _ => null,
            };
            i += w;
            if (repl is null)
            {
                continue;
            }

            b ??= new StringBuilder(s.Length + 16);
            b.Append(s, written, i - w - written).Append(repl);
            written = i;
            if (repl != @"\\" && (written == s.Length || CssDecode.IsHex(s[written]) || CssDecode.IsCssSpace(s[written])))
            {
                b.Append(' ');
            }
        }

        return b is null ? s : b.Append(s, written, s.Length - written).ToString();
    }

    private static string CssValueFilter(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        if (t == ContentType.CSS)
        {
            return s;
        }

        var b = CssDecode.Decode(s);
        var id = new StringBuilder();
        for (var i = 0; i < b.Length; i++)
        {
            var c = b[i];
            switch (c)
            {
                case '\0' or '"' or '\'' or '(' or ')' or '/' or ';' or '@' or '[' or '\\' or ']' or '`' or '{' or '}':
                    return FilterFailsafe;
                case '-':
                    if (i != 0 && b[i - 1] == '-')
                    {
                        return FilterFailsafe;
                    }

                    break;
                default:
                    if (c < 0x80 && CssDecode.IsNmchar(c))
                    {
                        id.Append(c);
                    }

                    break;
            }
        }

        var lower = id.ToString().ToLowerInvariant();
        return lower.Contains("expression", StringComparison.Ordinal) || lower.Contains("mozbinding", StringComparison.Ordinal)
            ? FilterFailsafe
            : b;
    }

    private static string JsStrEscaper(GoValue[] a)
    {
        var (s, t) = Stringify(a);
        return JsReplace(s, t == ContentType.JSStr ? JsTable.StrNorm : JsTable.Str);
    }

    private static string JsRegexpEscaper(GoValue[] a)
    {
        var (s, _) = Stringify(a);
        s = JsReplace(s, JsTable.Regexp);
        return s.Length == 0 ? "(?:)" : s;
    }

    private enum JsTable
    {
        Str,
        StrNorm,
        Regexp,
    }

    private static string? JsReplacement(int r, JsTable table)
    {
        if (r < 0x20)
        {
            return r switch
            {
                '\t' => @"\t",
                '\n' => @"\n",
                '\f' => @"\f",
                '\r' => @"\r",
                _ => @"\u" + r.ToString("x4", CultureInfo.InvariantCulture),
            };
        }

        var common = r switch
        {
            '"' => @"\u0022",
            '&' => @"\u0026",
            '\'' => @"\u0027",
            '+' => @"\u002b",
            '/' => @"\/",
            '<' => @"\u003c",
            '>' => @"\u003e",
            0x2028 => @"\u2028",
            0x2029 => @"\u2029",
            _ => null,
        };
        if (common is not null)
        {
            return common;
        }

        return table switch
        {
            JsTable.Str => r switch { '`' => @"\u0060", '\\' => @"\\", _ => null },
            JsTable.StrNorm => r == '`' ? @"\u0060" : null,
            _ => r switch
            {
                '$' => @"\$", '(' => @"\(", ')' => @"\)", '*' => @"\*", '-' => @"\-", '.' => @"\.", '?' => @"\?",
                '[' => @"\[", '\\' => @"\\", ']' => @"\]", '^' => @"\^", '{' => @"\{", '|' => @"\|", '}' => @"\}",
                _ => null,
            },
        };
    }

    private static string JsReplace(string s, JsTable table)
    {
        StringBuilder? b = null;
        var written = 0;
        for (var i = 0; i < s.Length;)
        {
            var r = GoString.DecodeRune(s, i, out var w, out _);
            var repl = JsReplacement(r, table);
            if (repl is not null)
            {
                b ??= new StringBuilder(s.Length + 16);
                b.Append(s, written, i - written).Append(repl);
                written = i + w;
            }

            i += w;
        }

        return b is null ? s : b.Append(s, written, s.Length - written).ToString();
    }

    private static string JsValEscaper(GoValue[] args)
    {
        GoValue a;
        if (args.Length == 1)
        {
            a = args[0];
            while (a.Kind == GoKind.Pointer && a.Ref is not null && a.Type != GoTimeTypes.Time.PointerTo())
            {
                a = a.Elem();
            }

            if (a.Type == ContentTypes.JS)
            {
                return a.Str;
            }

            if (a.Type == ContentTypes.JSStr)
            {
                return "\"" + a.Str + "\"";
            }

            if (a.Type != GoTimeTypes.Time && a.IsValid && a.Type!.Stringer is { } m)
            {
                a = m.Invoke(a, []);
            }
        }
        else
        {
            a = GoValue.String(GoPrinter.Sprint(args.Select(x => IsNil(x) ? GoValue.NilInterface : x).ToArray()));
        }

        string json;
        try
        {
            json = GoJson.Marshal(a);
        }
        catch (GoFuncException e)
        {
            return " /* " + e.Message.Replace("*/", "* /", StringComparison.Ordinal) + " */null ";
        }

        if (json.Length == 0)
        {
            return " null ";
        }

        // Go pads with spaces when the value starts or ends like an identifier, so it cannot merge with neighbours.
        var pad = Transitions.IsJsIdentPart(json[0]) || Transitions.IsJsIdentPart(json[^1]);
        return pad ? " " + json + " " : json;
    }
}
