using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Templates;

public sealed class TemplateValidatorTests : IDisposable
{
    private readonly NotifierHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Validate_GoodTemplatesEverywhere_NoErrors()
    {
        var config = new SlackConfig
        {
            ApiUrl = new Secret("http://hook"),
            Title = "{{toUpper Status}} {{template \"slack.default.title\" .}}",
            Text = "{{#each Alerts.Firing}}{{Annotations.summary}} {{date \"HH:mm\" StartsAt}}{{/each}}",
            Fields = [new SlackField("sev", "{{CommonLabels.severity}}", null)],
            Actions = [new SlackAction("button", "Runbook", "{{CommonAnnotations.runbook_url}}", null, null, null)],
        };

        Assert.Empty(_harness.Validator.Validate(config));
    }

    [Fact]
    public void Validate_PagerDutyErrors_NameTheirFields()
    {
        var config = new PagerDutyConfig
        {
            RoutingKey = new Secret("k"),
            Url = "http://pd",
            Description = "{{#if Status}}never closed",
            Details = new Dictionary<string, string> { ["ok"] = "{{Status}}", ["bad"] = "{{nosuchhelper Status}}" },
            Links = [new PagerDutyLink("{{template \"missing.template\" .}}", "x")],
        };

        var errors = _harness.Validator.Validate(config);

        Assert.Equal(["description", "details.bad", "links[0].href"], errors.Select(e => e.Field));
        Assert.Contains("nosuchhelper", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("missing.template", errors[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("template in field description: ", errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SlackAndEmailErrors_NameTheirFields()
    {
        var slack = new SlackConfig { ApiUrl = new Secret("http://hook"), Fields = [new SlackField("a", "ok", null), new SlackField("b", "{{#each}}", null)] };
        var email = new EmailConfig
        {
            To = "a@b.c", From = "x@y.z", Smarthost = "h:25",
            Html = "{{#each Alerts}}<p>{{/if}}",
            Headers = new Dictionary<string, string> { ["Subject"] = "{{match \"(\" Status}}" },
        };

        Assert.Equal(["fields[1].value"], _harness.Validator.Validate(slack).Select(e => e.Field));
        Assert.Equal(["html", "headers.Subject"], _harness.Validator.Validate(email).Select(e => e.Field));
    }

    [Fact]
    public void Validate_DataDependentHelperUse_IsLeftToRuntimeFallback()
    {
        var config = new SlackConfig { ApiUrl = new Secret("http://hook"), Title = "{{date \"yyyy\" CommonAnnotations.nosuch}} {{len 5}}" };

        Assert.Empty(_harness.Validator.Validate(config));
    }
}
