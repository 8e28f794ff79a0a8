using AlertRouter.Intake;
using AlertRouter.Model;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// Go templates as a receiver field or a <c>templates:</c> file brings them: the input is a template source, then
/// optionally a NUL and an Alertmanager webhook to render (otherwise a fixed group with an HTML-hostile label). The
/// source is compiled as text and as html and executed under small <see cref="ExecutionLimits"/>. Only the two
/// documented template errors may escape; a render is deterministic and bounded; and data never reaches html output
/// unescaped unless the template asks for it (<c>safeHtml</c>, <c>safeUrl</c>).
/// </summary>
internal sealed class TemplateTarget : IFuzzTarget
{
    private const string Hostile = "<script>pwn()</script>";

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static readonly ExecutionLimits Limits = new() { MaxSteps = 100_000, MaxOutputChars = 1 << 16 };

    private static readonly TemplateData Fixed = TemplateData.Create("team-x", LabelSet.Of(("alertname", "Hostile")),
        [
            new TemplateAlert("firing", LabelSet.Of(("alertname", "Hostile"), ("instance", Hostile), ("severity", "critical")),
                LabelSet.Of(("summary", "a \"quoted\" & <b>bold</b> summary"), ("runbook", "javascript:alert(1)")), Now.AddMinutes(-5), GoTime.Zero,
                "http://prometheus:9090/graph?g0.expr=up&x=<y>", "0123456789abcdef"),
            new TemplateAlert("resolved", LabelSet.Of(("alertname", "Hostile"), ("instance", "db-1"), ("ünïcode", "värde")), LabelSet.Empty,
                Now.AddHours(-1), Now.AddMinutes(-1), "", "fedcba9876543210"),
        ],
        "http://am.example:9093");

    private readonly TemplateSet _set = TemplateSet.Defaults(new FixedClock(), Limits);

    public string Name => "template";

    public void Run(ReadOnlySpan<byte> input)
    {
        var nul = input.IndexOf((byte)0);
        var source = FuzzText.Decode(nul < 0 ? input : input[..nul]);
        var data = nul < 0 ? Fixed : DataFrom(input[(nul + 1)..]);
        Render(source, data, html: false);
        var html = Render(source, data, html: true);
        var hostileInData = data.Alerts.Any(a => a.Labels.Concat(a.Annotations).Any(p => p.Value.Contains(Hostile, StringComparison.Ordinal)));
        if (html is not null && hostileInData && !source.Contains("pwn", StringComparison.Ordinal) && !source.Contains("safe", StringComparison.Ordinal))
        {
            PropertyViolation.Unless(!html.Contains("<script>pwn", StringComparison.Ordinal), "a label's <script> never reaches html output unescaped");
        }
    }

    /// <summary>Compiles and executes twice; null when the source is refused or fails, as documented.</summary>
    private string? Render(string source, TemplateData data, bool html)
    {
        CompiledTemplate compiled;
        try
        {
            compiled = html ? _set.CompileHtml(source) : _set.CompileText(source);
        }
        catch (TemplateParseException e)
        {
            PropertyViolation.Unless(e.Message.StartsWith("template: ", StringComparison.Ordinal), "a parse error has Go's \"template: \" prefix");
            PropertyViolation.Unless(e.TemplateName.Length == 0 && e.File is null, "an inline field's parse error names no file");
            return null;
        }

        string first;
        try
        {
            first = compiled.Execute(data);
        }
        catch (TemplateExecException e)
        {
            PropertyViolation.Unless(e.Message.StartsWith("template: ", StringComparison.Ordinal) || e.Message.StartsWith("html/template", StringComparison.Ordinal),
                "an execution error has Go's prefix");
            return null;
        }

        PropertyViolation.Unless(first.Length <= Limits.MaxOutputChars, "the output stays within MaxOutputChars");
        PropertyViolation.Unless(compiled.Execute(data) == first, "executing twice gives the same output");
        return first;
    }

    /// <summary>The webhook as intake would accept it, or the fixed group when intake would refuse it.</summary>
    private static TemplateData DataFrom(ReadOnlySpan<byte> json)
    {
        try
        {
            var message = IntakeBody.Parse(json.ToArray());
            var alerts = WebhookValidator.Validate(message, Now, new IntakeOptions().MaxLabelsPerAlert);
            var groupLabels = LabelSet.From((message!.GroupLabels ?? []).Select(p => KeyValuePair.Create(p.Key, p.Value ?? "")));
            return TemplateData.Create(message.Receiver ?? "", groupLabels, alerts, message.ExternalUrl ?? "", Now);
        }
        catch (WebhookValidationException)
        {
            return Fixed;
        }
    }

    /// <summary><c>now</c> and <c>since</c> read this clock, so a render is repeatable.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
