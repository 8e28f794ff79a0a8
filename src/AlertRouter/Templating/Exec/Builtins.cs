using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Exec;

/// <summary>text/template's predefined functions with Go's signatures and error texts.</summary>
internal static class Builtins
{
    private static readonly GoType[] RV = [GoType.ReflectValue];
    private static readonly GoType[] RV2 = [GoType.ReflectValue, GoType.ReflectValue];
    private static readonly GoType[] AnyVar = [GoType.EmptyInterface];

    public static readonly IReadOnlyDictionary<string, GoFunc> All = Build();

    private static Dictionary<string, GoFunc> Build()
    {
        var funcs = new GoFunc[]
        {
            new("and", RV2, true, GoType.ReflectValue, false, (_, _) => GoValue.Invalid),
            new("or", RV2, true, GoType.ReflectValue, false, (_, _) => GoValue.Invalid),
            new("not", RV, false, GoType.Bool, false, (_, a) => GoValue.FromBool(!Truth.IsTrue(a[0].IndirectInterface()))),
            new("call", RV2, true, GoType.ReflectValue, true, (_, a) => Call(a)),
            new("html", AnyVar, true, GoType.String, false, (_, a) => GoValue.String(GoEscapes.Html(EvalArgs(a)))),
            new("js", AnyVar, true, GoType.String, false, (_, a) => GoValue.String(GoEscapes.Js(EvalArgs(a)))),
            new("urlquery", AnyVar, true, GoType.String, false, (_, a) => GoValue.String(GoEscapes.QueryEscape(EvalArgs(a)))),
            new("index", RV2, true, GoType.ReflectValue, true, (_, a) => Index(a[0], a.AsSpan(1))),
            new("slice", RV2, true, GoType.ReflectValue, true, (_, a) => Slice(a[0], a.AsSpan(1))),
            new("len", RV, false, GoType.Int, true, (_, a) => GoValue.FromInt(Length(a[0]))),
            new("print", AnyVar, true, GoType.String, false, (_, a) => GoValue.String(GoPrinter.Sprint(a))),
            new("println", AnyVar, true, GoType.String, false, (_, a) => GoValue.String(GoPrinter.Sprintln(a))),
            new("printf", [GoType.String, GoType.EmptyInterface], true, GoType.String, false,
                (_, a) => GoValue.String(GoPrinter.Sprintf(a[0].Str, a.AsSpan(1)))),
            new("eq", RV2, true, GoType.Bool, true, (_, a) => GoValue.FromBool(GoCompare.Eq(a[0], a.AsSpan(1)))),
            new("ne", RV2, false, GoType.Bool, true, (_, a) => GoValue.FromBool(!GoCompare.Eq(a[0], a.AsSpan(1)))),
            new("lt", RV2, false, GoType.Bool, true, (_, a) => GoValue.FromBool(GoCompare.Lt(a[0], a[1]))),
            new("le", RV2, false, GoType.Bool, true, (_, a) => GoValue.FromBool(GoCompare.Le(a[0], a[1]))),
            new("gt", RV2, false, GoType.Bool, true, (_, a) => GoValue.FromBool(!GoCompare.Le(a[0], a[1]))),
            new("ge", RV2, false, GoType.Bool, true, (_, a) => GoValue.FromBool(!GoCompare.Lt(a[0], a[1]))),
        };
        return funcs.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>text/template's evalArgs: one string argument as is, otherwise fmt.Sprint of the printable values.</summary>
    public static string EvalArgs(ReadOnlySpan<GoValue> args)
    {
        if (args.Length == 1 && args[0].Type == GoType.String)
        {
            return args[0].Str;
        }

        var printable = new GoValue[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var v = args[i].IndirectInterface();
            printable[i] = v.IsValid ? Deref(v) : GoValue.String("<no value>");
        }

        return GoPrinter.Sprint(printable);
    }

    private static GoValue Deref(GoValue v) => v.Kind == GoKind.Pointer && v.Ref is not null ? v.Elem() : v;

    private static int IndexArg(GoValue index, int cap)
    {
        index = index.IndirectInterface();
        long x;
        switch (index.Kind)
        {
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                x = index.Int;
                break;
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                x = (long)index.Uint;
                break;
            case GoKind.Invalid:
                throw new GoFuncException("cannot index slice/array with nil");
            default:
                throw new GoFuncException($"cannot index slice/array with type {index.Type!.Name}");
        }

        if (x < 0 || x > cap)
        {
            throw new GoFuncException($"index out of range: {x}");
        }

        return (int)x;
    }

    public static GoValue Index(GoValue item, ReadOnlySpan<GoValue> indexes)
    {
        item = item.IndirectInterface();
        if (!item.IsValid)
        {
            throw new GoFuncException("index of untyped nil");
        }

        foreach (var idx in indexes)
        {
            if (item.Kind == GoKind.Pointer)
            {
                if (item.Ref is null)
                {
                    throw new GoFuncException("index of nil pointer");
                }

                item = item.Elem();
            }

            if (item.Kind == GoKind.Interface && item.Ref is null)
            {
                throw new GoFuncException("index of nil pointer");
            }

            switch (item.Kind)
            {
                case GoKind.Slice:
                    var n = item.Ref is IGoSlice s ? s.Count : 0;
                    var x = IndexArg(idx, n);
                    if (x >= n)
                    {
                        throw new GoFuncException("reflect: slice index out of range");
                    }

                    item = item.Slice[x];
                    break;
                case GoKind.String:
                    var bytes = GoString.ToBytes(item.Str);
                    var bx = IndexArg(idx, bytes.Length);
                    if (bx >= bytes.Length)
                    {
                        throw new GoFuncException("reflect: string index out of range");
                    }

                    item = GoValue.FromInt(GoType.Uint8, bytes[bx]);
                    break;
                case GoKind.Map:
                    var key = PrepareMapKey(idx.IndirectInterface(), item.Type!.Key!);
                    item = item.Ref is IGoMap m && m.TryGet(key, out var found) ? found : Zero(item.Type!.Elem!);
                    break;
                default:
                    throw new GoFuncException($"can't index item of type {item.Type!.Name}");
            }
        }

        return item;
    }

    private static string PrepareMapKey(GoValue index, GoType keyType)
    {
        if (!index.IsValid)
        {
            throw new GoFuncException($"value is nil; should be of type {keyType.Name}");
        }

        if (!index.Type!.AssignableTo(keyType) || index.Kind != GoKind.String)
        {
            throw new GoFuncException($"value has type {index.Type.Name}; should be {keyType.Name}");
        }

        return index.Str;
    }

    /// <summary>The zero value of a type, as reflect.Zero gives it.</summary>
    public static GoValue Zero(GoType type) => type.Kind switch
    {
        GoKind.String => GoValue.Of(type, ""),
        GoKind.Interface => GoValue.NilInterface,
        GoKind.Float32 or GoKind.Float64 => new GoValue(type, null, 0),
        GoKind.Struct => new GoValue(type, null),
        _ => new GoValue(type, null, 0),
    };

    public static GoValue Slice(GoValue item, ReadOnlySpan<GoValue> indexes)
    {
        item = item.IndirectInterface();
        if (!item.IsValid)
        {
            throw new GoFuncException("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new GoFuncException($"too many slice indexes: {indexes.Length}");
        }

        int cap;
        int len;
        byte[]? bytes = null;
        switch (item.Kind)
        {
            case GoKind.String:
                if (indexes.Length == 3)
                {
                    throw new GoFuncException("cannot 3-index slice a string");
                }

                bytes = GoString.ToBytes(item.Str);
                cap = len = bytes.Length;
                break;
            case GoKind.Slice:
                cap = len = item.Ref is IGoSlice s ? s.Count : 0;
                break;
            default:
                throw new GoFuncException($"can't slice item of type {item.Type!.Name}");
        }

        int[] idx = [0, len, 0];
        for (var i = 0; i < indexes.Length; i++)
        {
            idx[i] = IndexArg(indexes[i], cap);
        }

        if (idx[0] > idx[1])
        {
            throw new GoFuncException($"invalid slice index: {idx[0]} > {idx[1]}");
        }

        if (indexes.Length == 3 && idx[1] > idx[2])
        {
            throw new GoFuncException($"invalid slice index: {idx[1]} > {idx[2]}");
        }

        if (bytes is not null)
        {
            return GoValue.Of(item.Type!, GoString.FromBytes(bytes.AsSpan(idx[0], idx[1] - idx[0])));
        }

        return item.Ref is null ? item : new GoValue(item.Type, item.Slice.Slice(idx[0], idx[1]));
    }

    public static int Length(GoValue item)
    {
        if (item.Kind is GoKind.Pointer or GoKind.Interface)
        {
            if (item.Ref is null)
            {
                throw new GoFuncException("len of nil pointer");
            }

            item = item.Elem();
        }

        return item.Kind switch
        {
            GoKind.Invalid => throw new GoFuncException("reflect: call of reflect.Value.Type on zero Value"),
            GoKind.Map => item.Ref is IGoMap m ? m.Count : 0,
            GoKind.Slice => item.Ref is IGoSlice s ? s.Count : 0,
            GoKind.String => GoString.ByteLength(item.Str),
            _ => throw new GoFuncException($"len of type {item.Type!.Name}"),
        };
    }

    private static GoValue Call(GoValue[] a)
    {
        var fn = a[0].IndirectInterface();
        if (!fn.IsValid)
        {
            throw new GoFuncException("call of nil");
        }

        if (fn.Kind != GoKind.Func || fn.Ref is not GoFunc f)
        {
            throw new GoFuncException($"non-function of type {fn.Type!.Name}");
        }

        var args = a.AsSpan(1).ToArray();
        if (f.Variadic ? args.Length < f.NumIn - 1 : args.Length != f.NumIn)
        {
            throw new GoFuncException(f.Variadic
                ? $"wrong number of args: got {args.Length} want at least {f.NumIn - 1}"
                : $"wrong number of args: got {args.Length} want {f.NumIn}");
        }

        for (var i = 0; i < args.Length; i++)
        {
            var t = f.Params[Math.Min(i, f.NumIn - 1)];
            var v = args[i].IndirectInterface();
            if (t.Kind != GoKind.Interface && t != GoType.ReflectValue && (!v.IsValid || !v.Type!.AssignableTo(t)))
            {
                throw new GoFuncException(v.IsValid
                    ? $"arg {i}: value has type {v.Type!.Name}; should be {t.Name}"
                    : $"arg {i}: value is nil; should be of type {t.Name}");
            }
        }

        return f.Invoke(default, args);
    }
}
