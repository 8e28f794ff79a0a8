using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Exec;

/// <summary>Pipelines, commands, fields and variables (exec.go's eval* functions).</summary>
internal sealed partial class Executor
{
    private static readonly object MissingMarker = new();

    /// <summary>Go's missingVal: "no final argument" in a pipeline stage.</summary>
    private static readonly GoValue Missing = new(null, MissingMarker);

    private static bool IsMissing(GoValue v) => ReferenceEquals(v.Ref, MissingMarker) && v.Type is null;

    private GoValue EvalPipeline(GoValue dot, PipeNode? pipe)
    {
        if (pipe is null)
        {
            return GoValue.Invalid;
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        _node = pipe;
        var value = Missing;
        foreach (var cmd in pipe.Cmds)
        {
            value = EvalCommand(dot, cmd, value);
            if (value.Kind == GoKind.Interface)
            {
                value = value.IndirectInterface();
            }
        }

        foreach (var variable in pipe.Decl)
        {
            if (pipe.IsAssign)
            {
                SetVar(variable.Ident[0], value);
            }
            else
            {
                _vars.Add((variable.Ident[0], value));
            }
        }

        return value;
    }

    private void SetVar(string name, GoValue value)
    {
        for (var i = _vars.Count - 1; i >= _frameBase; i--)
        {
            if (_vars[i].Name == name)
            {
                _vars[i] = (name, value);
                return;
            }
        }

        throw Error($"undefined variable: {name}");
    }

    private GoValue VarValue(string name)
    {
        for (var i = _vars.Count - 1; i >= _frameBase; i--)
        {
            if (_vars[i].Name == name)
            {
                return _vars[i].Value;
            }
        }

        throw Error($"undefined variable: {name}");
    }

    private void NotAFunction(List<Node>? args, GoValue final)
    {
        if ((args is not null && args.Count > 1) || !IsMissing(final))
        {
            throw Error($"can't give argument to non-function {args![0]}");
        }
    }

    private GoValue EvalCommand(GoValue dot, CommandNode cmd, GoValue final)
    {
        Step();
        var first = cmd.Args[0];
        switch (first)
        {
            case FieldNode f:
                return EvalFieldNode(dot, f, cmd.Args, final);
            case ChainNode c:
                return EvalChainNode(dot, c, cmd.Args, final);
            case IdentifierNode id:
                return EvalFunction(dot, id, cmd, cmd.Args, final);
            case PipeNode p:
                NotAFunction(cmd.Args, final);
                return EvalNestedPipeline(dot, p);
            case VariableNode v:
                return EvalVariableNode(dot, v, cmd.Args, final);
        }

        _node = first;
        NotAFunction(cmd.Args, final);
        switch (first)
        {
            case BoolNode b:
                return GoValue.FromBool(b.True);
            case DotNode:
                return dot;
            case NilNode:
                throw Error("nil is not a command");
            case NumberNode n:
                return IdealConstant(n);
            case StringNode s:
                return GoValue.String(s.Text);
        }

        throw Error($"can't evaluate command {GoQuoting.Quote(first.ToString())}");
    }

    // Parenthesised pipelines recurse in .NET; they count against the call-depth limit too.
    private GoValue EvalNestedPipeline(GoValue dot, PipeNode p)
    {
        if (++_depth > _ctx.Limits.MaxCallDepth)
        {
            throw Error(DepthExceeded);
        }

        try
        {
            return EvalPipeline(dot, p);
        }
        finally
        {
            _depth--;
        }
    }

    private GoValue IdealConstant(NumberNode c)
    {
        _node = c;
        if (c.IsComplex)
        {
            return new GoValue(GoType.Complex128, c.Complex128);
        }

        if (c.IsFloat && !IsHexInt(c.Text) && !(c.Text.Length > 0 && c.Text[0] == '\'') &&
            c.Text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0)
        {
            return GoValue.FromFloat(c.Float64);
        }

        if (c.IsInt)
        {
            return GoValue.FromInt(c.Int64);
        }

        if (c.IsUint)
        {
            throw Error($"{c.Text} overflows int");
        }

        return GoValue.Invalid;
    }

    private static bool IsHexInt(string s) =>
        s.Length > 2 && s[0] == '0' && s[1] is 'x' or 'X' && s.IndexOfAny(['p', 'P']) < 0;

    private GoValue EvalFieldNode(GoValue dot, FieldNode field, List<Node>? args, GoValue final)
    {
        _node = field;
        return EvalFieldChain(dot, dot, field, field.Ident, field.Caches, args, final);
    }

    private GoValue EvalChainNode(GoValue dot, ChainNode chain, List<Node>? args, GoValue final)
    {
        _node = chain;
        if (chain.Field.Count == 0)
        {
            throw Error("internal error: no fields in evalChainNode");
        }

        if (chain.Target is NilNode)
        {
            throw Error($"indirection through explicit nil in {chain}");
        }

        var pipe = EvalArg(dot, null, chain.Target);
        return EvalFieldChain(dot, pipe, chain, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chain.Field), chain.Caches, args, final);
    }

    private GoValue EvalVariableNode(GoValue dot, VariableNode variable, List<Node>? args, GoValue final)
    {
        _node = variable;
        var value = VarValue(variable.Ident[0]);
        if (variable.Ident.Length == 1)
        {
            NotAFunction(args, final);
            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Ident.AsSpan(1), variable.Caches.AsSpan(1), args, final);
    }

    private GoValue EvalFieldChain(GoValue dot, GoValue receiver, Node node, ReadOnlySpan<string> ident, Span<object?> caches, List<Node>? args, GoValue final)
    {
        var n = ident.Length;
        for (var i = 0; i < n - 1; i++)
        {
            receiver = EvalField(dot, ident[i], ref caches[i], node, null, Missing, receiver);
        }

        return EvalField(dot, ident[n - 1], ref caches[n - 1], node, args, final, receiver);
    }

    private GoValue EvalFunction(GoValue dot, IdentifierNode node, Node cmd, List<Node>? args, GoValue final)
    {
        _node = node;
        var name = node.Ident;
        GoFunc? function;
        bool isBuiltin;
        if (node.Cache is (ExecContext ctx, GoFunc cachedFunc, bool cachedBuiltin) && ReferenceEquals(ctx, _ctx))
        {
            (function, isBuiltin) = (cachedFunc, cachedBuiltin);
        }
        else
        {
            function = _ctx.FindFunction(name, out isBuiltin) ?? throw Error($"{GoQuoting.Quote(name)} is not a defined function");
            node.Cache = (_ctx, function, isBuiltin);
        }

        return EvalCall(dot, function, isBuiltin, cmd, name, args, final, GoValue.Invalid);
    }

    private GoValue EvalField(GoValue dot, string fieldName, ref object? cache, Node node, List<Node>? args, GoValue final, GoValue receiver)
    {
        if (!receiver.IsValid)
        {
            if (_ctx.MissingKey == MissingKey.Error)
            {
                throw Error($"nil data; no entry for key {GoQuoting.Quote(fieldName)}");
            }

            return GoValue.Invalid;
        }

        var typ = receiver.Type!;
        receiver = Indirect(receiver, out var isNil);
        if (receiver.Kind == GoKind.Interface && isNil)
        {
            throw Error($"nil pointer evaluating {typ.Name}.{fieldName}");
        }

        var resolved = cache as FieldResolution;
        if (resolved is null || !ReferenceEquals(resolved.Type, receiver.Type))
        {
            resolved = FieldResolution.Resolve(receiver.Type!, fieldName);
            cache = resolved;
        }

        if (resolved.Method is { } method)
        {
            return EvalCall(dot, method, false, node, fieldName, args, final, receiver);
        }

        var hasArgs = (args is not null && args.Count > 1) || !IsMissing(final);
        switch (receiver.Kind)
        {
            case GoKind.Struct when resolved.Field is { } field:
                if (hasArgs)
                {
                    throw Error($"{fieldName} has arguments but cannot be invoked as function");
                }

                return receiver.Ref is null ? Builtins.Zero(field.Type) : field.Get(receiver.Ref);
            case GoKind.Map when receiver.Type!.Key!.Kind == GoKind.String:
                if (hasArgs)
                {
                    throw Error($"{fieldName} is not a method but has arguments");
                }

                if (receiver.Ref is IGoMap m && m.TryGet(fieldName, out var result))
                {
                    return result;
                }

                return _ctx.MissingKey switch
                {
                    MissingKey.Zero => Builtins.Zero(receiver.Type.Elem!),
                    MissingKey.Error => throw Error($"map has no entry for key {GoQuoting.Quote(fieldName)}"),
                    _ => GoValue.Invalid,
                };
            case GoKind.Pointer:
                var etyp = receiver.Type!.Elem!;
                if (etyp.Kind == GoKind.Struct && etyp.LookupField(fieldName) is null)
                {
                    break;
                }

                if (isNil)
                {
                    throw Error($"nil pointer evaluating {typ.Name}.{fieldName}");
                }

                break;
        }

        throw Error($"can't evaluate field {fieldName} in type {typ.Name}");
    }
}
