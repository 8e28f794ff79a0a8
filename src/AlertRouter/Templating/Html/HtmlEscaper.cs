using System.Net;
using System.Text;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Html;

/// <summary>
/// html/template's contextual autoescaper (escape.go): walks a template and the templates it calls, tracking the HTML
/// context through text, and appends escaping functions to every action. Works on copies; the set is not modified.
/// </summary>
internal sealed class HtmlEscaper
{
    private static readonly Dictionary<string, string> EquivEscapers = new(StringComparer.Ordinal)
    {
        ["_html_template_attrescaper"] = "html",
        ["_html_template_htmlescaper"] = "html",
        ["_html_template_rcdataescaper"] = "html",
        ["_html_template_urlescaper"] = "urlquery",
        ["_html_template_urlnormalizer"] = "urlquery",
    };

    private static readonly Dictionary<string, string[]> RedundantFuncs = new(StringComparer.Ordinal)
    {
        ["_html_template_commentescaper"] = ["_html_template_attrescaper", "_html_template_nospaceescaper", "_html_template_htmlescaper"],
        ["_html_template_cssescaper"] = ["_html_template_attrescaper"],
        ["_html_template_jsregexpescaper"] = ["_html_template_attrescaper"],
        ["_html_template_jsstrescaper"] = ["_html_template_attrescaper"],
        ["_html_template_urlescaper"] = ["_html_template_urlnormalizer"],
    };

    private readonly Shared _shared;
    private readonly Dictionary<string, HtmlContext> _output;
    private readonly Dictionary<string, ParsedTree> _derived = new(StringComparer.Ordinal);
    private readonly HashSet<string> _called = new(StringComparer.Ordinal);
    private readonly Dictionary<ActionNode, List<string>> _actionEdits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TemplateNode, string> _templateEdits = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TextNode, string> _textEdits = new(ReferenceEqualityComparer.Instance);
    private RangeContext? _range;

    private HtmlEscaper(Shared shared, Dictionary<string, HtmlContext> output)
    {
        _shared = shared;
        _output = output;
    }

    private sealed class RangeContext(RangeContext? outer)
    {
        public RangeContext? Outer { get; } = outer;

        public List<HtmlContext> Breaks { get; } = [];

        public List<HtmlContext> Continues { get; } = [];
    }

    // The trees every escaper of one escaping run sees: copies of the set's templates, made on first use.
    private sealed class Shared(Func<string, ParsedTree?> lookup)
    {
        public Dictionary<string, ParsedTree> Copies { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ParsedTree> Derived { get; } = new(StringComparer.Ordinal);

        public Func<string, ParsedTree?> Original { get; } = lookup;
    }

    /// <summary>Escapes <paramref name="root"/> (and what it calls) for execution as an html/template.</summary>
    public static EscapeResult Escape(ParsedTree root, Func<string, ParsedTree?> lookup, IReadOnlyDictionary<string, GoFunc> funcs)
    {
        var shared = new Shared(lookup);
        var rootCopy = new ParsedTree(root.Name, root.Source, root.Root.CopyList());
        shared.Copies[root.Name] = rootCopy;
        var e = new HtmlEscaper(shared, new Dictionary<string, HtmlContext>(StringComparer.Ordinal));
        var (c, _) = e.EscapeTree(new HtmlContext(HtmlState.Text), null, root.Name, 0);
        string? error = null;
        if (c.Err is { } err)
        {
            err.Name = root.Name;
            error = err.ToString();
        }
        else if (c.State != HtmlState.Text)
        {
            error = new HtmlError(null, 0, $"ends in a non-text context: {c}") { Name = root.Name }.ToString();
        }

        if (error is not null)
        {
            return new EscapeResult(root, lookup, error);
        }

        e.Commit();
        ParsedTree? Lookup(string name) =>
            shared.Copies.TryGetValue(name, out var t) ? t : shared.Derived.TryGetValue(name, out var d) ? d : lookup(name);
        return new EscapeResult(rootCopy, Lookup, null);
    }

    private ParsedTree? Template(string name)
    {
        if (_shared.Copies.TryGetValue(name, out var copy))
        {
            return copy;
        }

        if (_derived.TryGetValue(name, out var d) || _shared.Derived.TryGetValue(name, out d))
        {
            return d;
        }

        var original = _shared.Original(name);
        if (original is null)
        {
            return null;
        }

        copy = new ParsedTree(original.Name, original.Source, original.Root.CopyList());
        _shared.Copies[name] = copy;
        return copy;
    }

    private HtmlContext Escape(HtmlContext c, Node n)
    {
        switch (n)
        {
            case ActionNode a:
                return EscapeAction(c, a);
            case LoopControlNode l:
                c = c with { BreakNode = l };
                (l.IsBreak ? _range!.Breaks : _range!.Continues).Add(c);
                return new HtmlContext(HtmlState.Dead);
            case BranchNode b:
                return EscapeBranch(c, b, b.Kind switch { BranchKind.If => "if", BranchKind.Range => "range", _ => "with" });
            case ListNode l:
                return EscapeList(c, l);
            case TemplateNode t:
                return EscapeTemplateNode(c, t);
            case TextNode t:
                return EscapeText(c, t);
            default:
                throw new InvalidOperationException("escaping " + n + " is unimplemented");
        }
    }

    private static HtmlContext Nudge(HtmlContext c) => c.State switch
    {
        HtmlState.Tag => c with { State = HtmlState.AttrName },
        HtmlState.BeforeValue => c with { State = Transitions.AttrStartState(c.Attr), Delim = Delim.SpaceOrTagEnd, Attr = AttrKind.None },
        HtmlState.AfterName => c with { State = HtmlState.AttrName, Attr = AttrKind.None },
        _ => c,
    };

    private HtmlContext EscapeAction(HtmlContext c, ActionNode n)
    {
        if (n.Pipe.Decl.Count != 0)
        {
            return c;
        }

        c = Nudge(c);
        for (var pos = 0; pos < n.Pipe.Cmds.Count; pos++)
        {
            if (n.Pipe.Cmds[pos].Args[0] is IdentifierNode { Ident: "html" or "urlquery" } id &&
                (pos < n.Pipe.Cmds.Count - 1 || (c.State == HtmlState.Attr && c.Delim == Delim.SpaceOrTagEnd && id.Ident == "html")))
            {
                return HtmlContext.Error(new HtmlError(n, n.Line, $"predefined escaper {GoQuoting.Quote(id.Ident)} disallowed in template"));
            }
        }

        var s = new List<string>(3);
        switch (c.State)
        {
            case HtmlState.Error:
                return c;
            case HtmlState.URL or HtmlState.CSSDqStr or HtmlState.CSSSqStr or HtmlState.CSSDqURL or HtmlState.CSSSqURL or HtmlState.CSSURL:
                switch (c.UrlPart)
                {
                    case UrlPart.None:
                        s.Add("_html_template_urlfilter");
                        s.Add(c.State is HtmlState.CSSDqStr or HtmlState.CSSSqStr ? "_html_template_cssescaper" : "_html_template_urlnormalizer");
                        break;
                    case UrlPart.PreQuery:
                        s.Add(c.State is HtmlState.CSSDqStr or HtmlState.CSSSqStr ? "_html_template_cssescaper" : "_html_template_urlnormalizer");
                        break;
                    case UrlPart.QueryOrFrag:
                        s.Add("_html_template_urlescaper");
                        break;
                    default:
                        return HtmlContext.Error(new HtmlError(n, n.Line, $"{n} appears in an ambiguous context within a URL"));
                }

                break;
            case HtmlState.JS:
                s.Add("_html_template_jsvalescaper");
                c = c with { JsCtx = JsCtx.DivOp };
                break;
            case HtmlState.JSDqStr or HtmlState.JSSqStr:
                s.Add("_html_template_jsstrescaper");
                break;
            case HtmlState.JSBqStr:
                return HtmlContext.Error(new HtmlError(n, n.Line, $"{n} appears in a JS template literal"));
            case HtmlState.JSRegexp:
                s.Add("_html_template_jsregexpescaper");
                break;
            case HtmlState.CSS:
                s.Add("_html_template_cssvaluefilter");
                break;
            case HtmlState.Text:
                s.Add("_html_template_htmlescaper");
                break;
            case HtmlState.RCDATA:
                s.Add("_html_template_rcdataescaper");
                break;
            case HtmlState.Attr:
                break;
            case HtmlState.AttrName or HtmlState.Tag:
                c = c with { State = HtmlState.AttrName };
                s.Add("_html_template_htmlnamefilter");
                break;
            case HtmlState.Srcset:
                s.Add("_html_template_srcsetescaper");
                break;
            default:
                s.Add("_html_template_commentescaper");
                break;
        }

        switch (c.Delim)
        {
            case Delim.None:
                break;
            case Delim.SpaceOrTagEnd:
                s.Add("_html_template_nospaceescaper");
                break;
            default:
                s.Add("_html_template_attrescaper");
                break;
        }

        _actionEdits[n] = s;
        return c;
    }

    private static string NormalizeEscFn(string e) => EquivEscapers.TryGetValue(e, out var n) ? n : e;

    private static void AppendCmd(List<CommandNode> cmds, CommandNode cmd)
    {
        if (cmds.Count != 0 && cmds[^1].Args[0] is IdentifierNode last && cmd.Args[0] is IdentifierNode next &&
            RedundantFuncs.TryGetValue(last.Ident, out var redundant) && redundant.Contains(next.Ident))
        {
            return;
        }

        cmds.Add(cmd);
    }

    private static CommandNode IdentCmd(string name, PipeNode p)
    {
        var cmd = new CommandNode(p.Pos, p.Source);
        cmd.Args.Add(new IdentifierNode(p.Pos, p.Source, name));
        return cmd;
    }

    /// <summary>Go's ensurePipelineContains: appends the escapers, merging with a trailing <c>html</c>/<c>urlquery</c>.</summary>
    private static void EnsurePipelineContains(PipeNode p, List<string> s)
    {
        if (s.Count == 0)
        {
            return;
        }

        var pipelineLen = p.Cmds.Count;
        if (pipelineLen > 0 && p.Cmds[^1].Args[0] is IdentifierNode { Ident: "html" or "urlquery" } idNode)
        {
            var esc = idNode.Ident;
            var lastCmd = p.Cmds[^1];
            if (p.Cmds.Count == 1 && lastCmd.Args.Count > 1)
            {
                lastCmd.Args[0] = new IdentifierNode(idNode.Pos, idNode.Source, "_eval_args_");
                AppendCmd(p.Cmds, IdentCmd(esc, p));
                pipelineLen++;
            }

            var dup = false;
            for (var i = 0; i < s.Count; i++)
            {
                if (NormalizeEscFn(esc) == NormalizeEscFn(s[i]))
                {
                    s[i] = esc;
                    dup = true;
                }
            }

            if (dup)
            {
                pipelineLen--;
            }
        }

        var newCmds = new List<CommandNode>(pipelineLen + s.Count);
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pipelineLen; i++)
        {
            newCmds.Add(p.Cmds[i]);
            if (p.Cmds[i].Args[0] is IdentifierNode id)
            {
                inserted.Add(NormalizeEscFn(id.Ident));
            }
        }

        foreach (var name in s)
        {
            if (!inserted.Contains(NormalizeEscFn(name)))
            {
                AppendCmd(newCmds, IdentCmd(name, p));
            }
        }

        p.Cmds.Clear();
        p.Cmds.AddRange(newCmds);
    }

    private static HtmlContext Join(HtmlContext a, HtmlContext b, Node node, string nodeName)
    {
        if (a.State == HtmlState.Error)
        {
            return a;
        }

        if (b.State == HtmlState.Error)
        {
            return b;
        }

        if (a.State == HtmlState.Dead)
        {
            return b;
        }

        if (b.State == HtmlState.Dead)
        {
            return a;
        }

        if (a.Eq(b))
        {
            return a;
        }

        var c = a with { UrlPart = b.UrlPart };
        if (c.Eq(b))
        {
            return c with { UrlPart = UrlPart.Unknown };
        }

        c = a with { JsCtx = b.JsCtx };
        if (c.Eq(b))
        {
            return c with { JsCtx = JsCtx.Unknown };
        }

        var (na, nb) = (Nudge(a), Nudge(b));
        if (!(na.Eq(a) && nb.Eq(b)))
        {
            var e = Join(na, nb, node, nodeName);
            if (e.State != HtmlState.Error)
            {
                return e;
            }
        }

        return HtmlContext.Error(new HtmlError(node, 0, $"{{{{{nodeName}}}}} branches end in different contexts: {a}, {b}"));
    }

    private HtmlContext EscapeBranch(HtmlContext c, BranchNode n, string nodeName)
    {
        if (nodeName == "range")
        {
            _range = new RangeContext(_range);
        }

        var c0 = EscapeList(c, n.List);
        if (nodeName == "range")
        {
            if (c0.State != HtmlState.Error)
            {
                c0 = JoinRange(c0, _range!);
            }

            _range = _range!.Outer;
            if (c0.State == HtmlState.Error)
            {
                return c0;
            }

            _range = new RangeContext(_range);
            var (c1, _) = EscapeListConditionally(c0, n.List, null);
            c0 = Join(c0, c1, n, nodeName);
            if (c0.State == HtmlState.Error)
            {
                _range = _range.Outer;
                c0.Err!.Line = n.Line;
                c0.Err.Description = "on range loop re-entry: " + c0.Err.Description;
                return c0;
            }

            c0 = JoinRange(c0, _range);
            _range = _range.Outer;
            if (c0.State == HtmlState.Error)
            {
                return c0;
            }
        }

        var c2 = EscapeList(c, n.ElseList);
        return Join(c0, c2, n, nodeName);
    }

    private static HtmlContext JoinRange(HtmlContext c0, RangeContext rc)
    {
        foreach (var c in rc.Breaks)
        {
            c0 = Join(c0, c, c.BreakNode!, "range");
            if (c0.State == HtmlState.Error)
            {
                c0.Err!.Line = ((LoopControlNode)c.BreakNode!).Line;
                c0.Err.Description = "at range loop break: " + c0.Err.Description;
                return c0;
            }
        }

        foreach (var c in rc.Continues)
        {
            c0 = Join(c0, c, c.BreakNode!, "range");
            if (c0.State == HtmlState.Error)
            {
                c0.Err!.Line = ((LoopControlNode)c.BreakNode!).Line;
                c0.Err.Description = "at range loop continue: " + c0.Err.Description;
                return c0;
            }
        }

        return c0;
    }

    private HtmlContext EscapeList(HtmlContext c, ListNode? n)
    {
        if (n is null)
        {
            return c;
        }

        foreach (var m in n.Nodes)
        {
            c = Escape(c, m);
            if (c.State == HtmlState.Dead)
            {
                break;
            }
        }

        return c;
    }

    private (HtmlContext, bool) EscapeListConditionally(HtmlContext c, ListNode n, Func<HtmlEscaper, HtmlContext, bool>? filter)
    {
        var e1 = new HtmlEscaper(_shared, new Dictionary<string, HtmlContext>(_output, StringComparer.Ordinal)) { _range = _range };
        foreach (var (k, v) in _derived)
        {
            e1._derived[k] = v;
        }

        c = e1.EscapeList(c, n);
        var ok = filter is not null && filter(e1, c);
        if (ok)
        {
            foreach (var (k, v) in e1._output)
            {
                _output[k] = v;
            }

            foreach (var (k, v) in e1._derived)
            {
                _derived[k] = v;
            }

            foreach (var k in e1._called)
            {
                _called.Add(k);
            }

            foreach (var (k, v) in e1._actionEdits)
            {
                _actionEdits[k] = v;
            }

            foreach (var (k, v) in e1._templateEdits)
            {
                _templateEdits[k] = v;
            }

            foreach (var (k, v) in e1._textEdits)
            {
                _textEdits[k] = v;
            }
        }

        return (c, ok);
    }

    private HtmlContext EscapeTemplateNode(HtmlContext c, TemplateNode n)
    {
        var (c1, name) = EscapeTree(c, n, n.Name, n.Line);
        if (name != n.Name)
        {
            _templateEdits[n] = name;
        }

        return c1;
    }

    private (HtmlContext, string) EscapeTree(HtmlContext c, Node? node, string name, int line)
    {
        var dname = c.Mangle(name);
        _called.Add(dname);
        if (_output.TryGetValue(dname, out var outCtx))
        {
            return (outCtx, dname);
        }

        var t = Template(name);
        if (t is null)
        {
            return (HtmlContext.Error(new HtmlError(node, line, $"no such template {GoQuoting.Quote(name)}")), dname);
        }

        if (dname != name)
        {
            var dt = Template(dname);
            if (dt is null)
            {
                dt = new ParsedTree(dname, t.Source, t.Root.CopyList());
                _derived[dname] = dt;
            }

            t = dt;
        }

        return (ComputeOutCtx(c, t), dname);
    }

    private HtmlContext ComputeOutCtx(HtmlContext c, ParsedTree t)
    {
        var (c1, ok) = EscapeTemplateBody(c, t);
        if (!ok)
        {
            var (c2, ok2) = EscapeTemplateBody(c1, t);
            if (ok2)
            {
                (c1, ok) = (c2, true);
            }
        }

        if (!ok && c1.State != HtmlState.Error)
        {
            return HtmlContext.Error(new HtmlError(t.Root, 0, $"cannot compute output context for template {t.Name}"));
        }

        return c1;
    }

    private (HtmlContext, bool) EscapeTemplateBody(HtmlContext c, ParsedTree t)
    {
        _output[t.Name] = c;
        return EscapeListConditionally(c, t.Root, (e1, c1) =>
            c1.State != HtmlState.Error && (!e1._called.Contains(t.Name) || c.Eq(c1)));
    }

    private HtmlContext EscapeText(HtmlContext c, TextNode n)
    {
        var s = n.Text;
        var written = 0;
        var i = 0;
        var b = new StringBuilder();
        while (i != s.Length)
        {
            var (c1, nread) = ContextAfterText(c, s[i..]);
            var i1 = i + nread;
            if (c.State is HtmlState.Text or HtmlState.RCDATA)
            {
                var end = i1;
                if (c1.State != c.State)
                {
                    for (var j = end - 1; j >= i; j--)
                    {
                        if (s[j] == '<')
                        {
                            end = j;
                            break;
                        }
                    }
                }

                for (var j = i; j < end; j++)
                {
                    if (s[j] == '<' && !s[j..].StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                    {
                        b.Append(s, written, j - written).Append("&lt;");
                        written = j + 1;
                    }
                }
            }
            else if (IsComment(c.State) && c.Delim == Delim.None)
            {
                switch (c.State)
                {
                    case HtmlState.JSBlockCmt:
                        b.Append(s.AsSpan(written, i1 - written).IndexOfAny("\n\r\u2028\u2029") >= 0 ? '\n' : ' ');
                        break;
                    case HtmlState.CSSBlockCmt:
                        b.Append(' ');
                        break;
                }

                written = i1;
            }

            if (c.State != c1.State && IsComment(c1.State) && c1.Delim == Delim.None)
            {
                var cs = i1 - 2;
                if (c1.State == HtmlState.HTMLCmt)
                {
                    cs -= 2;
                }

                b.Append(s, written, cs - written);
                written = i1;
            }

            if (i == i1 && c.State == c1.State)
            {
                throw new InvalidOperationException($"infinite loop from {c} to {c1}");
            }

            (c, i) = (c1, i1);
        }

        if (written != 0 && c.State != HtmlState.Error)
        {
            if (!IsComment(c.State) || c.Delim != Delim.None)
            {
                b.Append(s, written, s.Length - written);
            }

            _textEdits[n] = b.ToString();
        }

        return c;
    }

    private static bool IsComment(HtmlState s) =>
        s is HtmlState.HTMLCmt or HtmlState.JSBlockCmt or HtmlState.JSLineCmt or HtmlState.CSSBlockCmt or HtmlState.CSSLineCmt;

    private static (HtmlContext, int) ContextAfterText(HtmlContext c, string s)
    {
        if (c.Delim == Delim.None)
        {
            var (c1, i) = Transitions.TSpecialTagEnd(c, s);
            if (i == 0)
            {
                return (c1, 0);
            }

            return Transitions.Apply(c, s[..i]);
        }

        var ends = c.Delim switch { Delim.DoubleQuote => "\"", Delim.SingleQuote => "'", _ => " \t\n\f\r>" };
        var idx = s.AsSpan().IndexOfAny(ends);
        if (idx == -1)
        {
            idx = s.Length;
        }

        if (c.Delim == Delim.SpaceOrTagEnd)
        {
            var j = s.AsSpan(0, idx).IndexOfAny("\"'<=`");
            if (j >= 0)
            {
                return (HtmlContext.Error(new HtmlError(null, 0,
                    $"{GoQuoting.Quote(s[j..(j + 1)])} in unquoted attr: {GoQuoting.Quote(s[..idx])}")), s.Length);
            }
        }

        if (idx == s.Length)
        {
            var u = WebUtility.HtmlDecode(s);
            while (u.Length != 0)
            {
                var (c1, i1) = Transitions.Apply(c, u);
                (c, u) = (c1, u[i1..]);
            }

            return (c, s.Length);
        }

        var element = c.Element;
        if (c.State == HtmlState.Attr && c.Element == Element.Script && c.Attr == AttrKind.ScriptType && !IsJsType(s[..idx]))
        {
            element = Element.None;
        }

        if (c.Delim != Delim.SpaceOrTagEnd)
        {
            idx++;
        }

        return (new HtmlContext(HtmlState.Tag, Element: element), idx);
    }

    private static bool IsJsType(string mime)
    {
        var semi = mime.IndexOf(';', StringComparison.Ordinal);
        if (semi >= 0)
        {
            mime = mime[..semi];
        }

        return mime.ToLowerInvariant().Trim() is "application/ecmascript" or "application/javascript" or "application/json"
            or "application/ld+json" or "application/x-ecmascript" or "application/x-javascript" or "module" or "text/ecmascript"
            or "text/javascript" or "text/javascript1.0" or "text/javascript1.1" or "text/javascript1.2" or "text/javascript1.3"
            or "text/javascript1.4" or "text/javascript1.5" or "text/jscript" or "text/livescript" or "text/x-ecmascript"
            or "text/x-javascript";
    }

    private void Commit()
    {
        foreach (var (k, v) in _derived)
        {
            _shared.Derived[k] = v;
        }

        foreach (var (n, s) in _actionEdits)
        {
            EnsurePipelineContains(n.Pipe, s);
        }

        foreach (var (n, name) in _templateEdits)
        {
            n.Name = name;
        }

        foreach (var (n, s) in _textEdits)
        {
            n.Text = s;
        }
    }
}
