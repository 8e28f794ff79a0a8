using FsCheck;
using FsCheck.Fluent;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Random Go templates from a small grammar: text, actions with pipelines of Alertmanager 0.25 functions, if/else,
/// range (with $i/$e and a changed dot), with/else, trim markers. They are meant to exercise the engine, so they may
/// fail to parse (e.g. nil as an operand) or fail when executed (index out of range, a field of a string); the
/// property test checks those failures are template errors, and the oracle sample checks they are the same failures
/// Alertmanager has. Depth and list lengths are bounded, so templates and their output stay small.
/// </summary>
internal static class TemplateGrammar
{
    private static readonly string[] Texts = ["a", " ", "\n", "é", "<b>", "&", "x-y", "日本", "\t", "%"];

    private static readonly string[] Values =
    [
        ".Status", ".Receiver", ".ExternalURL", ".CommonLabels.alertname", ".CommonLabels.severity", ".CommonLabels.nosuch",
        ".GroupLabels", ".CommonLabels", ".CommonAnnotations.summary", ".CommonLabels.SortedPairs.Values", ".GroupLabels.Names",
        ".Alerts.Firing", "(index .Alerts 0).Labels.instance", "(index .Alerts 0).StartsAt", "(index .Alerts 1).Status",
        "\"txt\"", "\"é<&>\"", "\"\\xff\"", "\"\"", "0", "1", "-2", "3.5", "true", "false", "nil",
    ];

    private static readonly string[] ScopedValues = ["$e", "$i", ".", "$"];

    private static readonly string[] Lists =
    [
        ".Alerts", ".Alerts.Firing", ".Alerts.Resolved", ".CommonLabels", ".GroupLabels.SortedPairs", ".CommonLabels.Values",
        "(stringSlice \"a\" \"b\")", ".CommonAnnotations",
    ];

    private static readonly string[] Stages =
    [
        "toUpper", "toLower", "title", "len", "html", "js", "urlquery", "printf \"%v\"", "printf \"%q\"", "printf \"%5.1f\"",
        "printf \"%-4s|%d\" \"x\"", "print", "not", "join \",\"", "reReplaceAll \"[a-z]\" \"X\"", "match \"a\"", "safeHtml",
        "slice \"abc\" 1", "index .CommonLabels",
    ];

    private static readonly string[] Binary = ["eq", "ne", "lt", "gt", "and", "or", "print", "printf \"%v|%v\"", "index", "slice"];

    /// <summary>A whole template: one to four nodes, nested at most three deep.</summary>
    public static Gen<string> Template() => Gen.Sized(size => Body(Math.Min(3, size / 10), inRange: false, min: 1));

    /// <summary>A fixed-seed sample, the same on every run, for the oracle.</summary>
    public static IReadOnlyList<string> Sample(ulong seed, int count) =>
        Template().Sample(count, new Rnd(seed), 30);

    private static Gen<string> Body(int depth, bool inRange, int min = 0) =>
        Gen.Choose(min, 3).SelectMany(n => Node(depth, inRange).ListOf(n)).Select(nodes => string.Concat(nodes));

    private static Gen<string> Node(int depth, bool inRange)
    {
        var text = Gen.Elements(Texts);
        var action = Action(depth, inRange);
        if (depth == 0)
        {
            return Gen.Frequency((2, text), (3, action));
        }

        return Gen.Frequency(
            (2, text),
            (4, action),
            (1, from p in Pipeline(depth - 1, inRange) from a in Body(depth - 1, inRange) from b in Body(depth - 1, inRange)
                select $"{{{{ if {p} }}}}{a}{{{{ else }}}}{b}{{{{ end }}}}"),
            (1, from l in Gen.Elements(Lists) from a in Body(depth - 1, inRange: true)
                select $"{{{{ range $i, $e := {l} }}}}{a}{{{{ end }}}}"),
            (1, from p in Pipeline(depth - 1, inRange) from a in Body(depth - 1, inRange) from b in Body(depth - 1, inRange)
                select $"{{{{ with {p} }}}}{a}{{{{ else }}}}{b}{{{{ end }}}}"));
    }

    private static Gen<string> Action(int depth, bool inRange) =>
        from left in Gen.Elements("{{ ", "{{- ")
        from pipeline in Pipeline(depth, inRange)
        from right in Gen.Elements(" }}", " -}}")
        select left + pipeline + right;

    private static Gen<string> Pipeline(int depth, bool inRange) =>
        from operand in Operand(depth, inRange)
        from stages in Gen.Choose(0, 2).SelectMany(n => Gen.Elements(Stages).ListOf(n))
        select string.Concat(stages.Select(s => " | " + s).Prepend(operand));

    private static Gen<string> Operand(int depth, bool inRange)
    {
        var values = Gen.Elements(inRange ? [.. Values, .. ScopedValues] : Values);
        if (depth == 0)
        {
            return values;
        }

        return Gen.Frequency(
            (4, values),
            (1, from f in Gen.Elements(Binary) from a in Operand(depth - 1, inRange) from b in Operand(depth - 1, inRange) select $"({f} {a} {b})"),
            (1, from s in Gen.Elements(Stages) from a in Operand(depth - 1, inRange) select $"({s} {a})"));
    }
}
