using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Exec;

/// <summary>Function and method calls and argument conversion (exec.go's evalCall, evalArg, validateType).</summary>
internal sealed partial class Executor
{
    private static readonly List<Node> NoArgs = [];

    private GoValue EvalCall(GoValue dot, GoFunc fun, bool isBuiltin, Node node, string name, List<Node>? args, GoValue final, GoValue receiver)
    {
        var argNodes = args is null || args.Count <= 1 ? NoArgs : args.GetRange(1, args.Count - 1);
        var numIn = argNodes.Count + (IsMissing(final) ? 0 : 1);
        var numFixed = argNodes.Count;
        if (fun.Variadic)
        {
            numFixed = fun.NumIn - 1;
            if (numIn < numFixed)
            {
                throw Error($"wrong number of args for {name}: want at least {fun.NumIn - 1} got {argNodes.Count}");
            }
        }
        else if (numIn != fun.NumIn)
        {
            throw Error($"wrong number of args for {name}: want {fun.NumIn} got {numIn}");
        }

        if (isBuiltin && name is "and" or "or")
        {
            var v = GoValue.Invalid;
            foreach (var arg in argNodes)
            {
                v = EvalArg(dot, GoType.ReflectValue, arg);
                if (Truth.IsTrue(v.IndirectInterface()) == (name == "or"))
                {
                    return v;
                }
            }

            if (!IsMissing(final))
            {
                v = ValidateType(final, GoType.ReflectValue);
            }

            return v;
        }

        var argv = new GoValue[numIn];
        var i = 0;
        for (; i < numFixed && i < argNodes.Count; i++)
        {
            argv[i] = EvalArg(dot, fun.Params[i], argNodes[i]);
        }

        if (fun.Variadic)
        {
            var argType = fun.Params[^1];
            for (; i < argNodes.Count; i++)
            {
                argv[i] = EvalArg(dot, argType, argNodes[i]);
            }
        }

        if (!IsMissing(final))
        {
            var t = fun.Params[^1];
            if (fun.Variadic && numIn - 1 < numFixed)
            {
                t = fun.Params[numIn - 1];
            }

            argv[i] = ValidateType(final, t);
        }

        try
        {
            var result = fun.Invoke(receiver, argv);
            return result;
        }
        catch (GoFuncException e)
        {
            _node = node;
            throw Error($"error calling {name}: {e.Message}");
        }
        catch (TemplateException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException
                                      or IndexOutOfRangeException or NullReferenceException or InvalidCastException
                                      or ArithmeticException or NotSupportedException or KeyNotFoundException)
        {
            _node = node;
            throw Error($"error calling {name}: {e.Message}");
        }
    }

    private static bool CanBeNil(GoType t) =>
        t.Kind is GoKind.Func or GoKind.Interface or GoKind.Map or GoKind.Pointer or GoKind.Slice || t == GoType.ReflectValue;

    private GoValue ValidateType(GoValue value, GoType? typ)
    {
        if (!value.IsValid)
        {
            if (typ is null || typ == GoType.ReflectValue)
            {
                return value;
            }

            if (CanBeNil(typ))
            {
                return Builtins.Zero(typ);
            }

            throw Error($"invalid value; expected {typ.Name}");
        }

        if (typ is null || typ == GoType.ReflectValue || value.Type!.AssignableTo(typ))
        {
            return value;
        }

        if (value.Kind == GoKind.Pointer && value.Type.Elem!.AssignableTo(typ))
        {
            if (value.Ref is null)
            {
                throw Error($"dereference of nil pointer of type {typ.Name}");
            }

            return value.Elem();
        }

        throw Error($"wrong type for value; expected {typ.Name}; got {value.Type.Name}");
    }

    private GoValue EvalArg(GoValue dot, GoType? typ, Node n)
    {
        _node = n;
        switch (n)
        {
            case DotNode:
                return ValidateType(dot, typ);
            case NilNode:
                if (typ is not null && CanBeNil(typ))
                {
                    return typ == GoType.ReflectValue ? GoValue.Invalid : Builtins.Zero(typ);
                }

                throw Error($"cannot assign nil to {typ?.Name ?? "<nil>"}");
            case FieldNode f:
                return ValidateType(EvalFieldNode(dot, f, [n], Missing), typ);
            case VariableNode v:
                return ValidateType(EvalVariableNode(dot, v, null, Missing), typ);
            case PipeNode p:
                return ValidateType(EvalNestedPipeline(dot, p), typ);
            case IdentifierNode id:
                return ValidateType(EvalFunction(dot, id, id, null, Missing), typ);
            case ChainNode c:
                return ValidateType(EvalChainNode(dot, c, null, Missing), typ);
        }

        if (typ is null)
        {
            return EvalEmptyInterface(dot, n);
        }

        switch (typ.Kind)
        {
            case GoKind.Bool:
                return n is BoolNode b ? new GoValue(typ, null, b.True ? 1 : 0) : throw Error($"expected bool; found {n}");
            case GoKind.Complex64 or GoKind.Complex128:
                return n is NumberNode { IsComplex: true } c ? new GoValue(typ, c.Complex128) : throw Error($"expected complex; found {n}");
            case GoKind.Float32 or GoKind.Float64:
                return n is NumberNode { IsFloat: true } fl
                    ? new GoValue(typ, null, BitConverter.DoubleToInt64Bits(typ.Kind == GoKind.Float32 ? (float)fl.Float64 : fl.Float64))
                    : throw Error($"expected float; found {n}");
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                return n is NumberNode { IsInt: true } ni ? new GoValue(typ, null, ni.Int64) : throw Error($"expected integer; found {n}");
            case GoKind.Interface:
                return EvalEmptyInterface(dot, n);
            case GoKind.String:
                return n is StringNode s ? GoValue.Of(typ, s.Text) : throw Error($"expected string; found {n}");
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                return n is NumberNode { IsUint: true } nu ? new GoValue(typ, null, (long)nu.Uint64) : throw Error($"expected unsigned integer; found {n}");
        }

        if (typ == GoType.ReflectValue)
        {
            return EvalEmptyInterface(dot, n);
        }

        throw Error($"can't handle {n} for arg of type {typ.Name}");
    }

    private GoValue EvalEmptyInterface(GoValue dot, Node n)
    {
        _node = n;
        return n switch
        {
            BoolNode b => GoValue.FromBool(b.True),
            DotNode => dot,
            FieldNode f => EvalFieldNode(dot, f, null, Missing),
            IdentifierNode id => EvalFunction(dot, id, id, null, Missing),
            NilNode => throw Error("evalEmptyInterface: nil (can't happen)"),
            NumberNode num => IdealConstant(num),
            StringNode s => GoValue.String(s.Text),
            VariableNode v => EvalVariableNode(dot, v, null, Missing),
            PipeNode p => EvalNestedPipeline(dot, p),
            _ => throw Error($"can't handle assignment of {n} to empty interface argument"),
        };
    }
}
