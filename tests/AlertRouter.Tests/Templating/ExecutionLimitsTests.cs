using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Tests.Templating;

/// <summary>Hostile templates end in a template error, never in a crash, a hang or unbounded memory.</summary>
public sealed class ExecutionLimitsTests
{
    private static TemplateSet Set(ExecutionLimits? limits = null) => TemplateSet.Defaults(TimeProvider.System, limits);

    [Fact]
    public void Execute_InfiniteTemplateRecursion_FailsWithGoDepthMessage()
    {
        var e = Assert.Throws<TemplateExecException>(() =>
            Set().ExecuteText("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", TemplateSamples.Data()));
        Assert.Equal("template: :1:28: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)", e.Message);
    }

    [Fact]
    public void Execute_DeeplyNestedParentheses_FailsInsteadOfOverflowingTheStack()
    {
        var source = "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}";
        var e = Record.Exception(() => Set().ExecuteText(source, TemplateSamples.Data()));
        Assert.IsAssignableFrom<TemplateException>(e);
    }

    [Fact]
    public void Execute_OutputBeyondTheLimit_Fails()
    {
        var limits = new ExecutionLimits { MaxOutputChars = 10_000 };
        var source = "{{ define \"x\" }}0123456789{{ end }}" +
                     string.Concat(Enumerable.Repeat("{{ template \"x\" }}", 2000));
        var e = Assert.Throws<TemplateExecException>(() => Set(limits).ExecuteText(source, TemplateSamples.Data()));
        Assert.Contains("output exceeds the limit of 10000 characters", e.Message);
    }

    [Fact]
    public void Execute_TooManySteps_Fails()
    {
        var limits = new ExecutionLimits { MaxSteps = 500 };
        var source = "{{ define \"x\" }}{{ range $.Alerts }}{{ range $.Alerts }}{{ . }}{{ end }}{{ end }}{{ end }}" +
                     string.Concat(Enumerable.Repeat("{{ template \"x\" . }}", 200));
        var e = Assert.Throws<TemplateExecException>(() => Set(limits).ExecuteText(source, TemplateSamples.Data()));
        Assert.Contains("exceeded the limit of 500 evaluation steps", e.Message);
    }
}
