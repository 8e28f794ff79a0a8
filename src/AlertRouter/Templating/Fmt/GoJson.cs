using System.Globalization;
using System.Text;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Fmt;

/// <summary>Go's encoding/json Marshal for template values (HTML-safe escaping, sorted map keys, RFC 3339 times).</summary>
internal static class GoJson
{
    public static string Marshal(GoValue v)
    {
        var sb = new StringBuilder();
        Write(sb, v);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, GoValue v)
    {
        switch (v.Kind)
        {
            case GoKind.Invalid or GoKind.Interface:
                sb.Append("null");
                return;
            case GoKind.Bool:
                sb.Append(v.Bool ? "true" : "false");
                return;
            case GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64:
                sb.Append(v.Int.ToString(CultureInfo.InvariantCulture));
                return;
            case GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 or GoKind.Uintptr:
                sb.Append(v.Uint.ToString(CultureInfo.InvariantCulture));
                return;
            case GoKind.Float32 or GoKind.Float64:
                WriteFloat(sb, v.Float, v.Kind == GoKind.Float32 ? 32 : 64);
                return;
            case GoKind.String:
                WriteString(sb, v.Str);
                return;
            case GoKind.Pointer:
                if (v.Ref is null)
                {
                    sb.Append("null");
                    return;
                }

                Write(sb, v.Elem());
                return;
            case GoKind.Slice:
                if (v.Ref is not IGoSlice s)
                {
                    sb.Append("null");
                    return;
                }

                sb.Append('[');
                for (var i = 0; i < s.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, s[i]);
                }

                sb.Append(']');
                return;
            case GoKind.Map:
                if (v.Ref is not IGoMap m)
                {
                    sb.Append("null");
                    return;
                }

                sb.Append('{');
                var first = true;
                foreach (var key in m.SortedKeys)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    m.TryGet(key, out var elem);
                    Write(sb, elem);
                }

                sb.Append('}');
                return;
            case GoKind.Struct when v.Ref is GoTimeValue t:
                sb.Append('"').Append(GoTimeFormat.Format(t, "2006-01-02T15:04:05.999999999Z07:00")).Append('"');
                return;
            case GoKind.Struct:
                sb.Append('{');
                var fields = v.Type!.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteString(sb, fields[i].JsonName ?? fields[i].Name);
                    sb.Append(':');
                    Write(sb, v.Ref is null ? Builtins.Zero(fields[i].Type) : fields[i].Get(v.Ref));
                }

                sb.Append('}');
                return;
            default:
                throw new GoFuncException($"json: unsupported type: {v.Type!.Name}");
        }
    }

    private static void WriteFloat(StringBuilder sb, double f, int bits)
    {
        if (double.IsNaN(f) || double.IsInfinity(f))
        {
            throw new GoFuncException($"json: unsupported value: {GoFloat.Format(f, 'g', -1, bits)}");
        }

        var abs = Math.Abs(f);
        var fmt = 'f';
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            fmt = 'e';
        }

        var s = GoFloat.Format(f, fmt, -1, bits);
        if (fmt == 'e')
        {
            var n = s.Length;
            if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0')
            {
                s = s[..(n - 2)] + s[(n - 1)..];
            }
        }

        sb.Append(s);
    }

    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            if (c < 0x80)
            {
                i++;
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append(@"\\"); break;
                    case '\n': sb.Append(@"\n"); break;
                    case '\r': sb.Append(@"\r"); break;
                    case '\t': sb.Append(@"\t"); break;
                    case '<' or '>' or '&':
                        sb.Append(@"\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        break;
                    default:
                        if (c < 0x20)
                        {
                            sb.Append(@"\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }

                continue;
            }

            var r = GoString.DecodeRune(s, i, out var w, out var raw);
            if (raw >= 0 || (w == 1 && char.IsSurrogate(c)))
            {
                sb.Append(@"\ufffd");
            }
            else if (r is 0x2028 or 0x2029)
            {
                sb.Append(@"\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(s, i, w);
            }

            i += w;
        }

        sb.Append('"');
    }
}
