using AlertRouter.Model;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;
using BenchmarkDotNet.Attributes;

namespace AlertRouter.Benchmarks;

/// <summary>
/// Go-template rendering of Alertmanager's default messages for a 10-alert group, compiled once as at config load:
/// the default Slack title + text (goal: 50,000 renders/s on one core) and the default email HTML; and the parse +
/// compile of a 200-line template file, which a config load pays once per file. bench/templates.sh runs it.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmark
{
    /// <summary>Lines of the template file <see cref="ParseTemplateFile"/> compiles.</summary>
    public const int TemplateFileLines = 200;

    private CompiledTemplate _slackTitle = null!;
    private CompiledTemplate _slackText = null!;
    private CompiledTemplate _emailHtml = null!;
    private TemplateData _data = null!;
    private string _templateFile = "";
    private TemplateSet _set = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = TemplateSet.Defaults(TimeProvider.System);
        _slackTitle = _set.CompileText("{{ template \"slack.default.title\" . }}");
        _slackText = _set.CompileText("{{ template \"slack.default.text\" . }}");
        _emailHtml = _set.CompileHtml("{{ template \"email.default.html\" . }}");
        var start = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
        var alerts = Enumerable.Range(0, 10).Select(i => new TemplateAlert(
            i % 3 == 2 ? "resolved" : "firing",
            LabelSet.Of(("alertname", "HighLatency"), ("instance", $"host-{i}:9100"), ("job", "api"), ("severity", i % 2 == 0 ? "critical" : "warning"), ("team", "payments")),
            LabelSet.Of(("summary", $"p99 latency above 1s on host-{i}"), ("description", "The 5m p99 latency has been above 1s for 10 minutes.")),
            start.AddMinutes(i), i % 3 == 2 ? start.AddMinutes(30) : GoTime.Zero, $"http://prometheus:9090/graph?g0.expr=latency&i={i}", $"{i:x16}")).ToList();
        _data = TemplateData.Create("payments-slack", LabelSet.Of(("alertname", "HighLatency"), ("team", "payments")), alerts, "http://alertmanager:9093");

        // 50 defines of 4 lines each, in the shape of a team's notification templates.
        _templateFile = string.Join('\n', Enumerable.Range(0, TemplateFileLines / 4).Select(i =>
            $"{{{{ define \"team.t{i}\" }}}}{{{{ range .Alerts }}}}{{{{ .Labels.instance | toUpper }}}} {{{{ printf \"%-10s\" .Status }}}}\n" +
            $"{{{{ if eq .Labels.severity \"critical\" }}}}CRIT{{{{ else }}}}warn{{{{ end }}}} {{{{ .Annotations.summary }}}}\n" +
            $"{{{{- with .Labels.team }}}} team={{{{ . | title }}}}{{{{ end }}}} {{{{ .StartsAt | since | humanizeDuration }}}}\n" +
            $"{{{{ end }}}}{{{{ end }}}}"));
        if (_templateFile.Split('\n').Length != TemplateFileLines || _set.CompileText(_templateFile).Source != _templateFile)
        {
            throw new InvalidOperationException("the template file is not the intended 200 lines");
        }
    }

    [Benchmark(Baseline = true, Description = "slack default title+text, 10 alerts")]
    public int SlackDefault() => _slackTitle.Execute(_data).Length + _slackText.Execute(_data).Length;

    [Benchmark(Description = "email default html, 10 alerts")]
    public int EmailDefaultHtml() => _emailHtml.Execute(_data).Length;

    [Benchmark(Description = "parse + compile a 200-line template file")]
    public int ParseTemplateFile() => _set.CompileText(_templateFile).Source.Length;
}
