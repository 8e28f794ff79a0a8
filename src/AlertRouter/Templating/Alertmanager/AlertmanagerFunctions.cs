using System.Globalization;
using System.Text;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Html;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// Alertmanager's template functions (DefaultFuncs) up to v0.34.0, with Go's signatures so argument errors read as in
/// Go. <see cref="Since"/> records the release that added each one. Time functions read the injected clock.
/// </summary>
internal static class AlertmanagerFunctions
{
    /// <summary>The Alertmanager release that added each function.</summary>
    public static readonly IReadOnlyDictionary<string, string> Since = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["toUpper"] = "0.x", ["toLower"] = "0.x", ["title"] = "0.x", ["join"] = "0.x", ["match"] = "0.x", ["safeHtml"] = "0.x",
        ["reReplaceAll"] = "0.x", ["stringSlice"] = "0.x", ["trimSpace"] = "0.26", ["date"] = "0.28", ["tz"] = "0.28",
        ["since"] = "0.28", ["humanizeDuration"] = "0.28", ["safeUrl"] = "0.30", ["urlUnescape"] = "0.30", ["toJson"] = "0.30",
        ["list"] = "0.32", ["append"] = "0.32", ["dict"] = "0.32", ["now"] = "0.33", ["toDate"] = "0.34", ["mustToDate"] = "0.34",
        ["base64encode"] = "0.34", ["base64decode"] = "0.34", ["routeLabels"] = "0.34",
    };

    private static readonly GoType S = GoType.String;
    private static readonly GoType T = GoTimeTypes.Time;

    /// <summary>The functions of Alertmanager <paramref name="version"/> (e.g. "0.25"), or of every release when null.</summary>
    public static IReadOnlyDictionary<string, GoFunc> Create(TimeProvider time, string? version = null)
    {
        var all = CreateAll(time);
        if (version is null)
        {
            return all;
        }

        var max = ParseVersion(version);
        return all.Where(f => ParseVersion(Since[f.Key]).CompareTo(max) <= 0).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    private static (int, int) ParseVersion(string v)
    {
        var parts = v.TrimStart('v').Split('.');
        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        return (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0, minor);
    }

    private static Dictionary<string, GoFunc> CreateAll(TimeProvider time)
    {
        GoFunc[] funcs =
        [
            F("toUpper", [S], S, a => Str(GoStrings.Map(a[0].Str, upper: true))),
            F("toLower", [S], S, a => Str(GoStrings.Map(a[0].Str, upper: false))),
            F("title", [S], S, a => Str(TitleCase.Apply(a[0].Str))),
            F("trimSpace", [S], S, a => Str(a[0].Str.Trim())),
            F("join", [S, GoType.StringSlice], S, a => Str(string.Join(a[0].Str, Strings(a[1])))),
            F("match", [S, S], GoType.Bool, a => GoValue.FromBool(TemplateRegexp.Compile(a[0].Str).IsMatch(a[1].Str)), err: true),
            F("safeHtml", [S], ContentTypes.HTML, a => GoValue.Of(ContentTypes.HTML, a[0].Str)),
            F("safeUrl", [S], ContentTypes.URL, a => GoValue.Of(ContentTypes.URL, a[0].Str)),
            F("urlUnescape", [S], S, a => Str(UrlUnescape(a[0].Str)), err: true),
            F("reReplaceAll", [S, S, S], S, a => Str(MustCompile(a[0].Str).ReplaceAll(a[2].Str, a[1].Str))),
            new GoFunc("stringSlice", [S], true, GoType.StringSlice, false,
                (_, a) => GoValue.FromObject(GoType.StringSlice, new GoStringSlice([.. a.Select(v => v.Str)]))),
            F("routeLabels", [S], S, _ => GoValue.EmptyString, err: true),
            F("date", [S, T], S, a => Str(GoTimeFormat.Format(Time(a[1]), a[0].Str))),
            F("tz", [S, T], T, a => GoTimeTypes.Of(GoZones.In(Time(a[1]), a[0].Str)), err: true),
            F("now", [], T, _ => GoTimeTypes.Of(GoTimeValue.Utc(time.GetUtcNow()))),
            F("since", [T], GoTimeTypes.Duration, a => GoTimeTypes.Dur(GoTimeValue.Utc(time.GetUtcNow()).Sub(Time(a[0])))),
            F("humanizeDuration", [GoType.EmptyInterface], S, a => Str(Humanize.Duration(a[0])), err: true),
            F("toDate", [S, S], T, a => GoTimeTypes.Of(GoTimeParse.TryParse(a[0].Str, a[1].Str, out var t, out _) ? t : GoTimeValue.Zero)),
            F("mustToDate", [S, S], T, a => GoTimeTypes.Of(GoTimeParse.TryParse(a[0].Str, a[1].Str, out var t, out var e) ? t : throw new GoFuncException(e)), err: true),
            F("toJson", [GoType.EmptyInterface], S, a => Str(GoJson.Marshal(a[0])), err: true),
            F("base64encode", [S], S, a => Str(Convert.ToBase64String(GoString.ToBytes(a[0].Str)).Replace('+', '-').Replace('/', '_'))),
            F("base64decode", [S], S, a => Str(Base64Decode(a[0].Str)), err: true),
            new GoFunc("list", [GoType.EmptyInterface], true, GoType.AnySlice, true,
                (_, a) => GoValue.FromObject(GoType.AnySlice, new GoValueSlice([.. a]))),
            new GoFunc("append", [GoType.AnySlice, GoType.EmptyInterface], true, GoType.AnySlice, false, (_, a) =>
                GoValue.FromObject(GoType.AnySlice, new GoValueSlice([.. Items(a[0]), .. a.Skip(1)]))),
            new GoFunc("dict", [GoType.EmptyInterface], true, GoType.AnyMap, true, (_, a) => Dict(a)),
        ];
        return funcs.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static GoFunc F(string name, GoType[] ps, GoType result, Func<GoValue[], GoValue> f, bool err = false) =>
        new(name, ps, false, result, err, (_, a) => f(a));

    private static GoValue Str(string s) => GoValue.String(s);

    private static GoTimeValue Time(GoValue v) => v.Ref as GoTimeValue ?? GoTimeValue.Zero;

    private static IEnumerable<string> Strings(GoValue v)
    {
        for (var i = 0; v.Ref is IGoSlice s && i < s.Count; i++)
        {
            yield return s[i].Str;
        }
    }

    private static IEnumerable<GoValue> Items(GoValue v)
    {
        for (var i = 0; v.Ref is IGoSlice s && i < s.Count; i++)
        {
            yield return s[i];
        }
    }

    private static TemplateRegexp MustCompile(string pattern)
    {
        try
        {
            return TemplateRegexp.Compile(pattern);
        }
        catch (GoFuncException e)
        {
            var quoted = pattern.Contains('`', StringComparison.Ordinal) || pattern.Any(c => c < ' ' && c != '\t')
                ? GoQuoting.Quote(pattern) : "`" + pattern + "`";
            throw new GoFuncException($"regexp: Compile({quoted}): {e.Message}");
        }
    }

    private static GoValue Dict(GoValue[] a)
    {
        if (a.Length % 2 != 0)
        {
            throw new GoFuncException("dict requires an even number of arguments");
        }

        var d = new Dictionary<string, GoValue>(StringComparer.Ordinal);
        for (var i = 0; i < a.Length; i += 2)
        {
            if (a[i].Type != GoType.String)
            {
                throw new GoFuncException("dict keys must be strings");
            }

            d[a[i].Str] = a[i + 1].IsValid ? a[i + 1] : GoValue.NilInterface;
        }

        return GoValue.FromObject(GoType.AnyMap, new GoDictMap(d));
    }

    /// <summary>Go's url.QueryUnescape: %XX and '+' as space; a bad escape is an error.</summary>
    private static string UrlUnescape(string s)
    {
        var bytes = GoString.ToBytes(s);
        var outBytes = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'%':
                    if (i + 2 >= bytes.Length || !Uri.IsHexDigit((char)bytes[i + 1]) || !Uri.IsHexDigit((char)bytes[i + 2]))
                    {
                        var bad = Encoding.Latin1.GetString(bytes, i, Math.Min(3, bytes.Length - i));
                        throw new GoFuncException($"invalid URL escape {GoQuoting.Quote(bad)}");
                    }

                    outBytes.Add((byte)Convert.ToInt32(Encoding.ASCII.GetString(bytes, i + 1, 2), 16));
                    i += 2;
                    break;
                case (byte)'+':
                    outBytes.Add((byte)' ');
                    break;
                default:
                    outBytes.Add(bytes[i]);
                    break;
            }
        }

        return GoString.FromBytes(outBytes.ToArray());
    }

    private static string Base64Decode(string s)
    {
        var t = s.Replace('-', '+').Replace('_', '/');
        try
        {
            return GoString.FromBytes(Convert.FromBase64String(t));
        }
        catch (FormatException)
        {
            var at = 0;
            while (at < t.Length && (char.IsAsciiLetterOrDigit(t[at]) || t[at] is '+' or '/'))
            {
                at++;
            }

            throw new GoFuncException($"illegal base64 data at input byte {at.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
