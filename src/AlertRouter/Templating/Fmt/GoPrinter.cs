using System.Globalization;
using System.Text;
using AlertRouter.Templating.Exec;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's fmt printer (print.go): Sprint, Sprintln and Sprintf over template values.</summary>
internal sealed class GoPrinter
{
    private readonly StringBuilder _buf;
    private readonly FmtWriter _fmt;
    private GoValue _arg;
    private bool _erroring;

    private GoPrinter(StringBuilder buf)
    {
        _buf = buf;
        _fmt = new FmtWriter(buf);
    }

    public static string Sprint(ReadOnlySpan<GoValue> args)
    {
        var sb = new StringBuilder();
        Sprint(sb, args);
        return sb.ToString();
    }

    public static void Sprint(StringBuilder sb, ReadOnlySpan<GoValue> args)
    {
        var p = new GoPrinter(sb);
        var prevString = false;
        for (var i = 0; i < args.Length; i++)
        {
            var isString = args[i].Kind == GoKind.String;
            if (i > 0 && !isString && !prevString)
            {
                sb.Append(' ');
            }

            p.PrintArg(args[i], 'v');
            prevString = isString;
        }
    }

    public static string Sprintln(ReadOnlySpan<GoValue> args)
    {
        var sb = new StringBuilder();
        var p = new GoPrinter(sb);
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            p.PrintArg(args[i], 'v');
        }

        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>Prints one value as <c>{{ . }}</c> does (fmt.Fprint of a single operand).</summary>
    public static void PrintOne(StringBuilder sb, GoValue value) => new GoPrinter(sb).PrintArg(value, 'v');

    public static string Sprintf(string format, ReadOnlySpan<GoValue> args)
    {
        var sb = new StringBuilder();
        new GoPrinter(sb).DoPrintf(format, args);
        return sb.ToString();
    }

    private static bool IsNilArg(GoValue v) => !v.IsValid || (v.Kind == GoKind.Interface && v.Ref is null);

    private void PrintArg(GoValue arg, char verb)
    {
        _arg = arg;
        if (IsNilArg(arg))
        {
            if (verb is 'T' or 'v')
            {
                _fmt.Pad("<nil>");
            }
            else
            {
                BadVerb(verb, default);
            }

            return;
        }

        if (verb == 'T')
        {
            _fmt.FmtS(arg.Type!.Name);
            return;
        }

        if (verb == 'p')
        {
            FmtPointer(arg, verb);
            return;
        }

        var type = arg.Type!;
        if (IsPredeclared(type))
        {
            PrintBasic(arg, verb);
            return;
        }

        if (HandleMethods(arg, verb))
        {
            return;
        }

        PrintValue(arg, verb, 0);
    }

    private static bool IsPredeclared(GoType t) => t.IsBasic && !t.Name.Contains('.', StringComparison.Ordinal);

    private void PrintBasic(GoValue v, char verb)
    {
        switch (v.Kind)
        {
            case GoKind.Bool:
                FmtBool(v.Bool, verb, v);
                break;
            case GoKind.Float32:
                FmtFloat(v.Float, 32, verb, v);
                break;
            case GoKind.Float64:
                FmtFloat(v.Float, 64, verb, v);
                break;
            case GoKind.Complex64 or GoKind.Complex128:
                FmtComplex((System.Numerics.Complex)v.Ref!, v.Kind == GoKind.Complex64 ? 64 : 128, verb, v);
                break;
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                FmtInteger((ulong)v.Int, true, verb, v);
                break;
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                FmtInteger(v.Uint, false, verb, v);
                break;
            case GoKind.String:
                FmtString(v.Str, verb, v);
                break;
        }
    }

    private bool HandleMethods(GoValue v, char verb)
    {
        if (_erroring || _fmt.F.SharpV)
        {
            return false;
        }

        if (verb is 'v' or 's' or 'x' or 'X' or 'q' && v.Type!.Stringer is { } m)
        {
            string s;
            try
            {
                s = m.Invoke(v, []).Str;
            }
            catch (GoFuncException e)
            {
                _buf.Append("%!").Append(verb).Append("(PANIC=String method: ").Append(e.Message).Append(')');
                return true;
            }

            FmtString(s, verb, GoValue.String(s));
            return true;
        }

        return false;
    }

    private void PrintValue(GoValue value, char verb, int depth)
    {
        if (depth > 0 && value.IsValid && HandleMethods(value, verb))
        {
            return;
        }

        _arg = value;
        switch (value.Kind)
        {
            case GoKind.Invalid:
                if (depth == 0)
                {
                    _fmt.Pad("<invalid reflect.Value>");
                }
                else if (verb == 'v')
                {
                    _fmt.Pad("<nil>");
                }
                else
                {
                    BadVerb(verb, value);
                }

                return;
            case GoKind.Map:
                if (value.Ref is null && _fmt.F.SharpV)
                {
                    _buf.Append(value.Type!.Name).Append("(nil)");
                    return;
                }

                _buf.Append(_fmt.F.SharpV ? value.Type!.Name + "{" : "map[");
                if (value.Ref is IGoMap m)
                {
                    var keys = m.SortedKeys;
                    for (var i = 0; i < keys.Count; i++)
                    {
                        if (i > 0)
                        {
                            _buf.Append(_fmt.F.SharpV ? ", " : " ");
                        }

                        PrintValue(GoValue.Of(value.Type!.Key!, keys[i]), verb, depth + 1);
                        _buf.Append(':');
                        m.TryGet(keys[i], out var elem);
                        PrintValue(elem.IsValid ? elem : GoValue.NilInterface, verb, depth + 1);
                    }
                }

                _buf.Append(_fmt.F.SharpV ? '}' : ']');
                return;
            case GoKind.Struct:
                if (_fmt.F.SharpV)
                {
                    _buf.Append(value.Type!.Name);
                }

                _buf.Append('{');
                var fields = value.Type!.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0)
                    {
                        _buf.Append(_fmt.F.SharpV ? ", " : " ");
                    }

                    if (_fmt.F.PlusV || _fmt.F.SharpV)
                    {
                        _buf.Append(fields[i].Name).Append(':');
                    }

                    PrintValue(fields[i].Get(value.Ref!), verb, depth + 1);
                }

                _buf.Append('}');
                return;
            case GoKind.Interface:
                _fmt.Pad(_fmt.F.SharpV ? value.Type!.Name + "(nil)" : "<nil>");
                return;
            case GoKind.Slice:
                if (verb is 's' or 'q' or 'x' or 'X' && value.Type!.Elem!.Kind == GoKind.Uint8)
                {
                    var bytes = new byte[value.Ref is IGoSlice bs ? bs.Count : 0];
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        bytes[i] = (byte)((IGoSlice)value.Ref!)[i].Uint;
                    }

                    FmtString(GoString.FromBytes(bytes), verb, value);
                    return;
                }

                if (_fmt.F.SharpV)
                {
                    _buf.Append(value.Type!.Name);
                    if (value.Ref is null)
                    {
                        _buf.Append("(nil)");
                        return;
                    }

                    _buf.Append('{');
                }
                else
                {
                    _buf.Append('[');
                }

                if (value.Ref is IGoSlice s)
                {
                    for (var i = 0; i < s.Count; i++)
                    {
                        if (i > 0)
                        {
                            _buf.Append(_fmt.F.SharpV ? ", " : " ");
                        }

                        PrintValue(s[i], verb, depth + 1);
                    }
                }

                _buf.Append(_fmt.F.SharpV ? '}' : ']');
                return;
            case GoKind.Pointer:
                if (depth == 0 && value.Ref is not null && value.Type!.Elem!.Kind is GoKind.Slice or GoKind.Struct or GoKind.Map)
                {
                    _buf.Append('&');
                    PrintValue(value.Elem(), verb, depth + 1);
                    return;
                }

                FmtPointer(value, verb);
                return;
            case GoKind.Func:
                FmtPointer(value, verb);
                return;
            default:
                PrintBasic(value, verb);
                return;
        }
    }

    private void FmtPointer(GoValue value, char verb)
    {
        if (verb is not ('v' or 'p' or 'b' or 'o' or 'd' or 'x' or 'X'))
        {
            BadVerb(verb, value);
            return;
        }

        if (value.Ref is null)
        {
            _fmt.Pad(verb == 'v' ? "<nil>" : "0x0");
            return;
        }

        // Addresses are not reproducible; Go prints the pointer's address here.
        _fmt.Pad("0xc000010000");
    }

    private void BadVerb(char verb, GoValue value)
    {
        _erroring = true;
        _buf.Append("%!").Append(verb).Append('(');
        var v = _arg.IsValid ? _arg : value;
        if (!IsNilArg(v))
        {
            _buf.Append(v.Type!.Name).Append('=');
            PrintArg(v, 'v');
        }
        else
        {
            _buf.Append("<nil>");
        }

        _buf.Append(')');
        _erroring = false;
    }

    private void FmtBool(bool v, char verb, GoValue arg)
    {
        if (verb is 't' or 'v')
        {
            _fmt.FmtBoolean(v);
        }
        else
        {
            BadVerb(verb, arg);
        }
    }

    private void FmtInteger(ulong v, bool signed, char verb, GoValue arg)
    {
        switch (verb)
        {
            case 'v':
                if (_fmt.F.SharpV && !signed)
                {
                    _fmt.F.Sharp = true;
                    _fmt.FmtInteger(v, 16, signed, verb, false);
                }
                else
                {
                    _fmt.FmtInteger(v, 10, signed, verb, false);
                }

                break;
            case 'd':
                _fmt.FmtInteger(v, 10, signed, verb, false);
                break;
            case 'b':
                _fmt.FmtInteger(v, 2, signed, verb, false);
                break;
            case 'o' or 'O':
                _fmt.FmtInteger(v, 8, signed, verb, false);
                break;
            case 'x':
                _fmt.FmtInteger(v, 16, signed, verb, false);
                break;
            case 'X':
                _fmt.FmtInteger(v, 16, signed, verb, true);
                break;
            case 'c':
                _fmt.FmtC(v);
                break;
            case 'q':
                _fmt.FmtQc(v);
                break;
            case 'U':
                _fmt.FmtUnicode(v);
                break;
            default:
                BadVerb(verb, arg);
                break;
        }
    }

    private void FmtFloat(double v, int size, char verb, GoValue arg)
    {
        switch (verb)
        {
            case 'v':
                _fmt.FmtFloat(v, size, 'g', -1);
                break;
            case 'b' or 'g' or 'G' or 'x' or 'X':
                _fmt.FmtFloat(v, size, verb, -1);
                break;
            case 'f' or 'e' or 'E' or 'F':
                _fmt.FmtFloat(v, size, verb, 6);
                break;
            default:
                BadVerb(verb, arg);
                break;
        }
    }

    private void FmtComplex(System.Numerics.Complex v, int size, char verb, GoValue arg)
    {
        if (verb is not ('v' or 'b' or 'g' or 'G' or 'x' or 'X' or 'f' or 'F' or 'e' or 'E'))
        {
            BadVerb(verb, arg);
            return;
        }

        var oldPlus = _fmt.F.Plus;
        _buf.Append('(');
        FmtFloat(v.Real, size / 2, verb, arg);
        _fmt.F.Plus = true;
        FmtFloat(v.Imaginary, size / 2, verb, arg);
        _buf.Append("i)");
        _fmt.F.Plus = oldPlus;
    }

    private void FmtString(string v, char verb, GoValue arg)
    {
        switch (verb)
        {
            case 'v':
                if (_fmt.F.SharpV)
                {
                    _fmt.FmtQ(v);
                }
                else
                {
                    _fmt.FmtS(v);
                }

                break;
            case 's':
                _fmt.FmtS(v);
                break;
            case 'x':
                _fmt.FmtSbx(v, false);
                break;
            case 'X':
                _fmt.FmtSbx(v, true);
                break;
            case 'q':
                _fmt.FmtQ(v);
                break;
            default:
                BadVerb(verb, arg);
                break;
        }
    }

    private static (int Num, bool IsNum, int NewI) ParseNum(string s, int start, int end)
    {
        if (start >= end)
        {
            return (0, false, end);
        }

        var num = 0;
        var isNum = false;
        var i = start;
        for (; i < end && char.IsAsciiDigit(s[i]); i++)
        {
            if (num > 1_000_000)
            {
                return (0, false, end);
            }

            num = (num * 10) + (s[i] - '0');
            isNum = true;
        }

        return (num, isNum, i);
    }

    private static (int Num, bool IsInt, int NewArgNum) IntFromArg(ReadOnlySpan<GoValue> a, int argNum)
    {
        var num = 0;
        var isInt = false;
        var newArgNum = argNum;
        if (argNum < a.Length)
        {
            var v = a[argNum];
            switch (v.Kind)
            {
                case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                    num = (int)v.Int;
                    isInt = v.Int == num;
                    break;
                case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                    isInt = v.Uint <= int.MaxValue;
                    num = (int)v.Uint;
                    break;
            }

            newArgNum = argNum + 1;
            if (num is > 1_000_000 or < -1_000_000)
            {
                num = 0;
                isInt = false;
            }
        }

        return (num, isInt, newArgNum);
    }

    private (int ArgNum, int I, bool Found, bool GoodArgNum) ArgNumber(int argNum, string format, int i, int numArgs)
    {
        if (format.Length <= i || format[i] != '[')
        {
            return (argNum, i, false, true);
        }

        for (var j = 1; j < format.Length - i; j++)
        {
            if (format[i + j] == ']')
            {
                var (width, ok, newi) = ParseNum(format, i + 1, i + j);
                if (!ok || newi != i + j)
                {
                    return (argNum, i + j + 1, true, false);
                }

                var index = width - 1;
                if (index >= 0 && index < numArgs)
                {
                    return (index, i + j + 1, true, true);
                }

                return (argNum, i + j + 1, true, false);
            }
        }

        return (argNum, i + 1, false, false);
    }

    private void DoPrintf(string format, ReadOnlySpan<GoValue> a)
    {
        var end = format.Length;
        var argNum = 0;
        var afterIndex = false;
        var reordered = false;
        for (var i = 0; i < end;)
        {
            var goodArgNum = true;
            var lasti = i;
            while (i < end && format[i] != '%')
            {
                i++;
            }

            if (i > lasti)
            {
                _buf.Append(format, lasti, i - lasti);
            }

            if (i >= end)
            {
                break;
            }

            i++;
            _fmt.ClearFlags();
            for (; i < end; i++)
            {
                var c = format[i];
                if (c == '#')
                {
                    _fmt.F.Sharp = true;
                }
                else if (c == '0')
                {
                    _fmt.F.Zero = !_fmt.F.Minus;
                }
                else if (c == '+')
                {
                    _fmt.F.Plus = true;
                }
                else if (c == '-')
                {
                    _fmt.F.Minus = true;
                    _fmt.F.Zero = false;
                }
                else if (c == ' ')
                {
                    _fmt.F.Space = true;
                }
                else
                {
                    if (c is >= 'a' and <= 'z' && argNum < a.Length)
                    {
                        if (c == 'v')
                        {
                            _fmt.F.SharpV = _fmt.F.Sharp;
                            _fmt.F.Sharp = false;
                            _fmt.F.PlusV = _fmt.F.Plus;
                            _fmt.F.Plus = false;
                        }

                        PrintArg(a[argNum], c);
                        argNum++;
                        i++;
                        goto nextVerb;
                    }

                    break;
                }
            }

            (argNum, i, afterIndex, goodArgNum) = ArgNumber(argNum, format, i, a.Length);
            reordered |= afterIndex;
            if (i < end && format[i] == '*')
            {
                i++;
                (_fmt.F.Wid, _fmt.F.WidPresent, argNum) = IntFromArg(a, argNum);
                if (!_fmt.F.WidPresent)
                {
                    _buf.Append("%!(BADWIDTH)");
                }

                if (_fmt.F.Wid < 0)
                {
                    _fmt.F.Wid = -_fmt.F.Wid;
                    _fmt.F.Minus = true;
                    _fmt.F.Zero = false;
                }

                afterIndex = false;
            }
            else
            {
                (_fmt.F.Wid, _fmt.F.WidPresent, i) = ParseNum(format, i, end);
                if (afterIndex && _fmt.F.WidPresent)
                {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    goodArgNum = false;
                }

                (argNum, i, afterIndex, var good2) = ArgNumber(argNum, format, i, a.Length);
                goodArgNum &= good2;
                reordered |= afterIndex;
                if (i < end && format[i] == '*')
                {
                    i++;
                    (_fmt.F.Prec, _fmt.F.PrecPresent, argNum) = IntFromArg(a, argNum);
                    if (_fmt.F.Prec < 0)
                    {
                        _fmt.F.Prec = 0;
                        _fmt.F.PrecPresent = false;
                    }

                    if (!_fmt.F.PrecPresent)
                    {
                        _buf.Append("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    (_fmt.F.Prec, _fmt.F.PrecPresent, i) = ParseNum(format, i, end);
                    if (!_fmt.F.PrecPresent)
                    {
                        _fmt.F.Prec = 0;
                        _fmt.F.PrecPresent = true;
                    }
                }
            }

            if (!afterIndex)
            {
                (argNum, i, afterIndex, var good3) = ArgNumber(argNum, format, i, a.Length);
                goodArgNum &= good3;
                reordered |= afterIndex;
            }

            if (i >= end)
            {
                _buf.Append("%!(NOVERB)");
                break;
            }

            var verb = (int)format[i];
            var size = 1;
            if (char.IsSurrogatePair(format, i))
            {
                verb = char.ConvertToUtf32(format[i], format[i + 1]);
                size = 2;
            }

            i += size;
            var verbText = char.ConvertFromUtf32(verb);
            if (verb == '%')
            {
                _buf.Append('%');
            }
            else if (!goodArgNum)
            {
                _buf.Append("%!").Append(verbText).Append("(BADINDEX)");
            }
            else if (argNum >= a.Length)
            {
                _buf.Append("%!").Append(verbText).Append("(MISSING)");
            }
            else
            {
                if (verb == 'v')
                {
                    _fmt.F.SharpV = _fmt.F.Sharp;
                    _fmt.F.Sharp = false;
                    _fmt.F.PlusV = _fmt.F.Plus;
                    _fmt.F.Plus = false;
                }
                PrintArg(a[argNum], verb > 0xFFFF ? '?' : (char)verb);
                argNum++;
            }

        nextVerb:;
        }

        if (!reordered && argNum < a.Length)
        {
            _fmt.ClearFlags();
            _buf.Append("%!(EXTRA ");
            for (var k = argNum; k < a.Length; k++)
            {
                if (k > argNum)
                {
                    _buf.Append(", ");
                }

                var arg = a[k];
                if (IsNilArg(arg))
                {
                    _buf.Append("<nil>");
                }
                else
                {
                    _buf.Append(arg.Type!.Name).Append('=');
                    PrintArg(arg, 'v');
                }
            }

            _buf.Append(')');
        }
    }

    internal static string FormatInt(long v) => v.ToString(CultureInfo.InvariantCulture);
}
