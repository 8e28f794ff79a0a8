namespace AlertRouter.Templating.Exec;

/// <summary>text/template's eq/lt rules: basic kinds compare by value (int and uint mix), other kinds by Go's ==.</summary>
internal static class GoCompare
{
    private enum BasicKind
    {
        Invalid,
        Bool,
        Complex,
        Int,
        Float,
        String,
        Uint,
    }

    private static BasicKind KindOf(GoValue v) => v.Kind switch
    {
        GoKind.Bool => BasicKind.Bool,
        GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64 => BasicKind.Int,
        GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr => BasicKind.Uint,
        GoKind.Float32 or GoKind.Float64 => BasicKind.Float,
        GoKind.Complex64 or GoKind.Complex128 => BasicKind.Complex,
        GoKind.String => BasicKind.String,
        _ => BasicKind.Invalid,
    };

    public static bool Eq(GoValue arg1, ReadOnlySpan<GoValue> rest)
    {
        arg1 = arg1.IndirectInterface();
        if (rest.Length == 0)
        {
            throw new GoFuncException("missing argument for comparison");
        }

        var k1 = KindOf(arg1);
        foreach (var a in rest)
        {
            var arg = a.IndirectInterface();
            var k2 = KindOf(arg);
            bool truth;
            if (k1 != k2)
            {
                if (k1 == BasicKind.Int && k2 == BasicKind.Uint)
                {
                    truth = arg1.Int >= 0 && (ulong)arg1.Int == arg.Uint;
                }
                else if (k1 == BasicKind.Uint && k2 == BasicKind.Int)
                {
                    truth = arg.Int >= 0 && arg1.Uint == (ulong)arg.Int;
                }
                else
                {
                    if (arg1.IsValid && arg.IsValid)
                    {
                        throw new GoFuncException("incompatible types for comparison");
                    }

                    truth = false;
                }
            }
            else
            {
                truth = k1 switch
                {
                    BasicKind.Bool => arg1.Bool == arg.Bool,
                    BasicKind.Complex => Equals(arg1.Ref, arg.Ref),
                    BasicKind.Float => arg1.Float == arg.Float,
                    BasicKind.Int => arg1.Int == arg.Int,
                    BasicKind.String => string.Equals(arg1.Str, arg.Str, StringComparison.Ordinal),
                    BasicKind.Uint => arg1.Uint == arg.Uint,
                    _ => EqualNonBasic(arg1, arg),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualNonBasic(GoValue arg1, GoValue arg)
    {
        if (arg1.Kind != arg.Kind && arg1.IsValid && arg.IsValid)
        {
            throw new GoFuncException($"non-comparable types {Fmt.GoPrinter.Sprint([arg1])}: {arg1.Type!.Name}, {arg.Type!.Name}: {Fmt.GoPrinter.Sprint([arg])}");
        }

        if (!arg1.IsValid || !arg.IsValid || arg1.IsNil || arg.IsNil)
        {
            return (!arg1.IsValid || arg1.IsNil) == (!arg.IsValid || arg.IsNil);
        }

        if (!arg.Type!.Comparable)
        {
            throw new GoFuncException($"non-comparable type {Fmt.GoPrinter.Sprint([arg])}: {arg.Type.Name}");
        }

        if (!ReferenceEquals(arg1.Type, arg.Type) && arg1.Type!.Name != arg.Type.Name)
        {
            return false;
        }

        return arg1.Kind == GoKind.Pointer ? ReferenceEquals(arg1.Ref, arg.Ref) : Equals(arg1.Ref, arg.Ref) && arg1.Bits == arg.Bits;
    }

    public static bool Lt(GoValue arg1, GoValue arg2)
    {
        arg1 = arg1.IndirectInterface();
        var k1 = KindOf(arg1);
        if (k1 == BasicKind.Invalid)
        {
            throw new GoFuncException("invalid type for comparison");
        }

        arg2 = arg2.IndirectInterface();
        var k2 = KindOf(arg2);
        if (k2 == BasicKind.Invalid)
        {
            throw new GoFuncException("invalid type for comparison");
        }

        if (k1 != k2)
        {
            return (k1, k2) switch
            {
                (BasicKind.Int, BasicKind.Uint) => arg1.Int < 0 || (ulong)arg1.Int < arg2.Uint,
                (BasicKind.Uint, BasicKind.Int) => arg2.Int >= 0 && arg1.Uint < (ulong)arg2.Int,
                _ => throw new GoFuncException("incompatible types for comparison"),
            };
        }

        return k1 switch
        {
            BasicKind.Bool or BasicKind.Complex => throw new GoFuncException("invalid type for comparison"),
            BasicKind.Float => arg1.Float < arg2.Float,
            BasicKind.Int => arg1.Int < arg2.Int,
            BasicKind.String => GoStringComparer.Instance.Compare(arg1.Str, arg2.Str) < 0,
            _ => arg1.Uint < arg2.Uint,
        };
    }

    public static bool Le(GoValue a, GoValue b) => Lt(a, b) || Eq(a, [b]);
}
