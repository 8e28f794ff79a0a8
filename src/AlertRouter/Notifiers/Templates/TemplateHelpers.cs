using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Helpers named after Alertmanager's template functions (toUpper, toLower, title, trimSpace, join, match,
/// reReplaceAll, safeHtml, urlquery, toJson, date, …) plus what Handlebars lacks (eq/ne/gt/lt, len, values, names,
/// sortedPairs, remove, default) and <c>template</c> for Alertmanager's default template names.
/// </summary>
internal static class TemplateHelpers
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public static void Register(IHandlebars hb)
    {
        Return(hb, "toUpper", a => Str(a, 0).ToUpperInvariant());
        Return(hb, "toLower", a => Str(a, 0).ToLowerInvariant());
        Return(hb, "title", a => GoStrings.Title(Str(a, 0)));
        Return(hb, "trimSpace", a => Str(a, 0).Trim());
        Return(hb, "join", a => string.Join(a.Length > 1 ? Str(a, 1) : " ", List(a, 0)));
        Return(hb, "values", a => TemplateKv.Values(Map(a, 0)));
        Return(hb, "names", a => TemplateKv.Names(Map(a, 0)));
        Return(hb, "sortedPairs", a => TemplateKv.SortedPairs(Map(a, 0)).Select(p => new TemplatePair(p.Key, p.Value)).ToArray());
        Return(hb, "remove", a => TemplateKv.Remove(Map(a, 0), Enumerable.Range(1, a.Length - 1).SelectMany(i => List(a, i))));
        Return(hb, "len", a => Length(a.Length > 0 ? a[0] : null));
        Return(hb, "default", a => Str(a, 0).Length > 0 ? Str(a, 0) : Str(a, 1));
        Return(hb, "stringSlice", a => Enumerable.Range(0, a.Length).Select(i => Str(a, i)).ToArray());
        Return(hb, "eq", a => Compare(a) == 0);
        Return(hb, "ne", a => Compare(a) != 0);
        Return(hb, "gt", a => Compare(a) > 0);
        Return(hb, "lt", a => Compare(a) < 0);
        Return(hb, "ge", a => Compare(a) >= 0);
        Return(hb, "le", a => Compare(a) <= 0);
        Return(hb, "match", a => Regex.IsMatch(Str(a, 1), Str(a, 0), RegexOptions.CultureInvariant, RegexTimeout));
        Return(hb, "reReplaceAll", a => Regex.Replace(Str(a, 2), Str(a, 0), Str(a, 1), RegexOptions.CultureInvariant, RegexTimeout));
        Return(hb, "urlquery", a => GoStrings.QueryEscape(Str(a, 0)));
        Return(hb, "urlQuery", a => GoStrings.QueryEscape(Str(a, 0)));
        Return(hb, "safeUrl", a => Str(a, 0));
        Return(hb, "toJson", a => TemplateJson.Serialize(a.Length > 0 ? a[0] : null));
        Return(hb, "date", a => Date(Str(a, 0), Str(a, 1)));
        Return(hb, "subject", (c, a) => DefaultTemplates.Subject(Root(c, a, 0, "subject")));
        Return(hb, "alertmanagerURL", (c, a) => DefaultTemplates.AlertmanagerUrl(Root(c, a, 0, "alertmanagerURL")));
        Return(hb, "template", (c, a) => NamedTemplates.Render(Str(a, 0), Root(c, a, 1, "template")));
        hb.RegisterHelper("safeHtml", (HandlebarsHelper)((output, _, a) => output.WriteSafeString(Str(a, 0))));
    }

    private static void Return(IHandlebars hb, string name, Func<Arguments, object?> helper) =>
        hb.RegisterHelper(name, (HandlebarsReturnHelper)((_, arguments) => helper(arguments)));

    private static void Return(IHandlebars hb, string name, Func<Context, Arguments, object?> helper) =>
        hb.RegisterHelper(name, (HandlebarsReturnHelper)((context, arguments) => helper(context, arguments)));

    internal static string Str(Arguments a, int index) => index < a.Length ? Str(a[index]) : "";

    internal static string Str(object? value) => value switch
    {
        null or UndefinedBindingResult => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<string> List(Arguments a, int index) => (index < a.Length ? a[index] : null) switch
    {
        null or UndefinedBindingResult => [],
        string s => [s],
        IReadOnlyDictionary<string, string> map => TemplateKv.Values(map),
        IEnumerable items => items.Cast<object?>().Select(Str),
        var other => [Str(other)],
    };

    private static IReadOnlyDictionary<string, string> Map(Arguments a, int index) =>
        index < a.Length && a[index] is IReadOnlyDictionary<string, string> map ? map : TemplateKv.From([]);

    private static int Length(object? value) => value switch
    {
        null or UndefinedBindingResult => 0,
        string s => s.Length,
        ICollection c => c.Count,
        IReadOnlyDictionary<string, string> m => m.Count,
        IEnumerable e => e.Cast<object?>().Count(),
        _ => 0,
    };

    // Numbers compare as numbers, everything else as ordinal strings.
    private static int Compare(Arguments a)
    {
        var (left, right) = (Str(a, 0), Str(a, 1));
        return decimal.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var l) &&
               decimal.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
            ? l.CompareTo(r)
            : string.CompareOrdinal(left, right);
    }

    // {{date "yyyy-MM-dd HH:mm" StartsAt}}: a .NET format string (Go's layouts do not exist here) over an RFC 3339 time.
    private static string Date(string format, string time) =>
        DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime().ToString(format, CultureInfo.InvariantCulture)
            : time;

    private static TemplateData Root(Context context, Arguments a, int index, string helper) =>
        (a.Length > index ? a[index] : context.Value) as TemplateData
        ?? throw new HandlebarsRuntimeException($"{helper} needs the root data: pass @root inside blocks");
}
