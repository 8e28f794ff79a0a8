using System.Text;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Exec;

/// <summary>
/// Go 1.19's text/template execution (exec.go): walks a tree with dot and variables, evaluates pipelines, and writes
/// the output. Errors carry Go's message and location; limits bound depth, steps and output.
/// </summary>
internal sealed partial class Executor
{
    private readonly ExecContext _ctx;
    private readonly StringBuilder _out;
    private readonly List<(string Name, GoValue Value)> _vars = [];
    private string _tmplName;
    private Node? _node;
    private int _depth;
    private long _steps;

    // Index of the first variable of the executing template: a {{template}} call sees only its own $.
    private int _frameBase;

    private Executor(ExecContext ctx, StringBuilder output, string name)
    {
        _ctx = ctx;
        _out = output;
        _tmplName = name;
    }

    // Go's text (with Go's bound) so messages match Alertmanager's; AlertRouter stops at ExecutionLimits.MaxCallDepth.
    internal const string DepthExceeded = "exceeded maximum template depth (100000)";

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    /// <summary>Executes <paramref name="tree"/> with <paramref name="data"/> as dot and <c>$</c>.</summary>
    public static void Execute(ExecContext ctx, ParsedTree tree, GoValue data, StringBuilder output)
    {
        var e = new Executor(ctx, output, tree.Name);
        e._vars.Add(("$", data));
        e.Walk(data, tree.Root);
    }

    private TemplateExecException Error(string message)
    {
        var name = _tmplName;
        if (_node is null)
        {
            return new TemplateExecException($"template: {name}: {message}");
        }

        var location = _node.Source.Location(_node.Pos);
        return new TemplateExecException($"template: {location}: executing {GoQuoting.Quote(name)} at <{_node}>: {message}");
    }

    private void Step()
    {
        if (++_steps > _ctx.Limits.MaxSteps)
        {
            throw Error($"exceeded the limit of {_ctx.Limits.MaxSteps} evaluation steps");
        }
    }

    private void Write(string s)
    {
        _out.Append(s);
        if (_out.Length > _ctx.Limits.MaxOutputChars)
        {
            throw Error($"output exceeds the limit of {_ctx.Limits.MaxOutputChars} characters");
        }
    }

    private Flow Walk(GoValue dot, Node node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        _node = node;
        Step();
        switch (node)
        {
            case ActionNode a:
                var val = EvalPipeline(dot, a.Pipe);
                if (a.Pipe.Decl.Count == 0)
                {
                    PrintValue(a, val);
                }

                return Flow.Normal;
            case LoopControlNode l:
                return l.IsBreak ? Flow.Break : Flow.Continue;
            case BranchNode { Kind: BranchKind.Range } r:
                WalkRange(dot, r);
                return Flow.Normal;
            case BranchNode b:
                return WalkIfOrWith(dot, b);
            case ListNode list:
                foreach (var n in list.Nodes)
                {
                    var flow = Walk(dot, n);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case TemplateNode t:
                WalkTemplate(dot, t);
                return Flow.Normal;
            case TextNode text:
                Write(text.Text);
                return Flow.Normal;
            default:
                throw Error($"unknown node: {node}");
        }
    }

    private Flow WalkIfOrWith(GoValue dot, BranchNode b)
    {
        var mark = _vars.Count;
        try
        {
            var val = EvalPipeline(dot, b.Pipe);
            if (Truth.IsTrue(val.IndirectInterface()))
            {
                return Walk(b.Kind == BranchKind.With ? val : dot, b.List);
            }

            return b.ElseList is not null ? Walk(dot, b.ElseList) : Flow.Normal;
        }
        finally
        {
            Pop(mark);
        }
    }

    private void Pop(int mark) => _vars.RemoveRange(mark, _vars.Count - mark);

    private void WalkRange(GoValue dot, BranchNode r)
    {
        _node = r;
        var outer = _vars.Count;
        try
        {
            var val = Indirect(EvalPipeline(dot, r.Pipe), out _);
            var mark = _vars.Count;
            switch (val.Kind)
            {
                case GoKind.Slice:
                    if (val.Ref is IGoSlice s && s.Count > 0)
                    {
                        for (var i = 0; i < s.Count; i++)
                        {
                            if (OneIteration(r, mark, GoValue.FromInt(i), s[i]) == Flow.Break)
                            {
                                break;
                            }
                        }

                        return;
                    }

                    break;
                case GoKind.Map:
                    if (val.Ref is IGoMap m && m.Count > 0)
                    {
                        foreach (var key in m.SortedKeys)
                        {
                            m.TryGet(key, out var elem);
                            if (OneIteration(r, mark, GoValue.Of(val.Type!.Key!, key), elem.IsValid ? elem : GoValue.NilInterface) == Flow.Break)
                            {
                                break;
                            }
                        }

                        return;
                    }

                    break;
                case GoKind.Invalid:
                    break;
                default:
                    throw Error($"range can't iterate over {GoPrinter.Sprint([val])}");
            }

            if (r.ElseList is not null)
            {
                Walk(dot, r.ElseList);
            }
        }
        finally
        {
            Pop(outer);
        }
    }

    private Flow OneIteration(BranchNode r, int mark, GoValue index, GoValue elem)
    {
        if (r.Pipe.Decl.Count > 0)
        {
            _vars[^1] = (_vars[^1].Name, elem);
        }

        if (r.Pipe.Decl.Count > 1)
        {
            _vars[^2] = (_vars[^2].Name, index);
        }

        try
        {
            var flow = Walk(elem, r.List);
            return flow == Flow.Break ? Flow.Break : Flow.Normal;
        }
        finally
        {
            Pop(mark);
        }
    }

    private void WalkTemplate(GoValue dot, TemplateNode t)
    {
        _node = t;
        var tree = _ctx.Lookup(t.Name) ?? throw Error($"template {GoQuoting.Quote(t.Name)} not defined");
        if (_depth >= _ctx.Limits.MaxCallDepth)
        {
            throw Error(DepthExceeded);
        }

        dot = EvalPipeline(dot, t.Pipe);
        var savedCount = _vars.Count;
        var savedBase = _frameBase;
        var savedName = _tmplName;
        _frameBase = savedCount;
        _vars.Add(("$", dot));
        _tmplName = tree.Name;
        _depth++;
        try
        {
            Walk(dot, tree.Root);
        }
        finally
        {
            _depth--;
            _tmplName = savedName;
            _frameBase = savedBase;
            Pop(savedCount);
        }
    }

    private void PrintValue(Node n, GoValue v)
    {
        _node = n;
        if (v.Kind == GoKind.Pointer)
        {
            v = Indirect(v, out _);
        }

        if (!v.IsValid)
        {
            Write("<no value>");
            return;
        }

        if (v.Kind == GoKind.Func && v.Type!.Stringer is null)
        {
            throw Error($"can't print {n} of type {v.Type.Name}");
        }

        if (v.Type == GoType.String)
        {
            Write(v.Str);
            return;
        }

        var sb = new StringBuilder();
        GoPrinter.PrintOne(sb, v);
        Write(sb.ToString());
    }

    /// <summary>Go's indirect: follows pointers (and interfaces) until a non-pointer or a nil one.</summary>
    private static GoValue Indirect(GoValue v, out bool isNil)
    {
        isNil = false;
        while (v.Kind is GoKind.Pointer or GoKind.Interface)
        {
            if (v.Ref is null)
            {
                isNil = true;
                return v;
            }

            v = v.Elem();
        }

        return v;
    }
}
