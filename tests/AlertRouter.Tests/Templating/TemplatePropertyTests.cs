using System.Text;
using AlertRouter.Model;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Tests.Templating;

/// <summary>
/// Random templates from a small grammar (valid and broken) over random alerts: the engine either renders or throws a
/// TemplateException, and always finishes.
/// </summary>
public sealed class TemplatePropertyTests
{
    private static readonly string[] Atoms =
    [
        ".", ".Status", ".Receiver", ".Alerts", ".Alerts.Firing", ".CommonLabels", ".CommonLabels.severity", ".GroupLabels.SortedPairs",
        "$", "$x", "1", "-2", "3.5", "\"s\"", "`r`", "'c'", "nil", "true", "(index .Alerts 0)", "(.CommonLabels.Remove (stringSlice \"job\"))",
        "(dict \"a\" 1)", "(list 1 2)", ".Nope", "(slice .Alerts 1)", ".CommonLabels.Names", "(index .Alerts 0).StartsAt",
    ];

    private static readonly string[] Funcs =
    [
        "len", "index", "slice", "printf \"%v %d %s %q\"", "print", "println", "html", "js", "urlquery", "not", "and", "or", "eq", "ne", "lt",
        "ge", "toUpper", "toLower", "title", "join \",\"", "match \"a.*\"", "reReplaceAll \"(a)\" \"$1$1\"", "safeHtml", "toJson", "trimSpace",
        "humanizeDuration", "date \"2006\"", "since", "call",
    ];

    private static string Expr(Random r, int depth)
    {
        if (depth > 2 || r.Next(3) == 0)
        {
            return Atoms[r.Next(Atoms.Length)];
        }

        var sb = new StringBuilder(Funcs[r.Next(Funcs.Length)]);
        for (var i = r.Next(3); i > 0; i--)
        {
            sb.Append(' ').Append(Expr(r, depth + 1));
        }

        return r.Next(4) == 0 ? Expr(r, depth + 1) + " | " + sb : "(" + sb + ")";
    }

    private static string Template(Random r, int depth)
    {
        var sb = new StringBuilder();
        for (var n = r.Next(1, 5); n > 0; n--)
        {
            switch (r.Next(depth > 2 ? 3 : 9))
            {
                case 0:
                    sb.Append("text<&>\n");
                    break;
                case 1:
                    sb.Append("{{ ").Append(Expr(r, 0)).Append(" }}");
                    break;
                case 2:
                    sb.Append(r.Next(2) == 0 ? "{{- " : "{{ ").Append(Expr(r, 1)).Append(r.Next(2) == 0 ? " -}}" : "}}");
                    break;
                case 3:
                    sb.Append("{{ if ").Append(Expr(r, 1)).Append(" }}").Append(Template(r, depth + 1)).Append("{{ else }}").Append(Template(r, depth + 1)).Append("{{ end }}");
                    break;
                case 4:
                    sb.Append("{{ range $i, $x := ").Append(Expr(r, 1)).Append(" }}").Append(Template(r, depth + 1))
                        .Append(r.Next(3) == 0 ? "{{ break }}" : "").Append("{{ end }}");
                    break;
                case 5:
                    sb.Append("{{ with $x := ").Append(Expr(r, 1)).Append(" }}").Append(Template(r, depth + 1)).Append("{{ end }}");
                    break;
                case 6:
                    sb.Append("{{ define \"t").Append(r.Next(3)).Append("\" }}").Append(Template(r, depth + 1)).Append("{{ end }}{{ template \"t")
                        .Append(r.Next(3)).Append("\" . }}");
                    break;
                case 7:
                    sb.Append("<a href=\"{{ ").Append(Expr(r, 1)).Append(" }}\" title='{{ ").Append(Expr(r, 1)).Append(" }}'><script>var v = {{ ")
                        .Append(Expr(r, 1)).Append(" }};</script>");
                    break;
                default:
                    sb.Append(new[] { "{{", "}}", "{{ end }}", "{{ $x := 1 }}", "{{/* c */}}", "{{ template \"__subject\" . }}", "{{ (", "\"" }[r.Next(8)]);
                    break;
            }
        }

        return sb.ToString();
    }

    private static TemplateData Data(Random r)
    {
        var alerts = Enumerable.Range(0, r.Next(0, 4)).Select(i => new TemplateAlert(
            r.Next(2) == 0 ? "firing" : "resolved",
            LabelSet.Of(("alertname", "A" + r.Next(3)), ("severity", new[] { "critical", "", "<b>", "é\u2028" }[r.Next(4)]), ("job", "j")),
            LabelSet.Of(("summary", "x " + i)),
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(r.Next(100000)),
            GoTime.Zero, "javascript:alert(1)", i.ToString("x16", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return TemplateData.Create("recv", LabelSet.Of(("alertname", "A0")), alerts, "http://am");
    }

    [Fact]
    public void Render_RandomTemplatesAndAlerts_OnlyTemplateErrorsAndAlwaysFinishes()
    {
        var set = TemplateSet.Defaults(TimeProvider.System, new ExecutionLimits { MaxSteps = 200_000, MaxOutputChars = 1 << 20 });
        var r = new Random(20261207);
        var rendered = 0;
        for (var i = 0; i < 3000; i++)
        {
            var source = Template(r, 0);
            var data = Data(r);
            var html = r.Next(2) == 0;
            try
            {
                _ = html ? set.ExecuteHtml(source, data) : set.ExecuteText(source, data);
                rendered++;
            }
            catch (TemplateException)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name} for {(html ? "html" : "text")} template {source}: {e}");
            }
        }

        // The grammar must produce enough valid templates for the property to mean something.
        Assert.InRange(rendered, 300, 3000);
    }
}
