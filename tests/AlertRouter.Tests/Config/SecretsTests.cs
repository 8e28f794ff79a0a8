using AlertRouter.Config;
using AlertRouter.Notifiers.Email;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Slack;
using AlertRouter.Yaml;

namespace AlertRouter.Tests.Config;

public class SecretsTests
{
    private const string Yaml = """
        global:
          smtp_smarthost: ${SMTP_HOST}
          smtp_from: ${SMTP_FROM:-am@example.com}
        route: {receiver: r}
        receivers:
          - name: r
            slack_configs:
              - api_url: ${SLACK_URL}
                channel: ${CHANNEL:-#alerts}
            pagerduty_configs:
              - routing_key: ${PD_KEY}
            email_configs:
              - to: ops@example.com
        """;

    [Fact]
    public void Load_UnsetVariables_LeaveIntegrationsUnconfiguredWithWarnings()
    {
        var result = TestConfigs.Load(Yaml, new Dictionary<string, string> { ["PD_KEY"] = "pd-secret-value" });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var integrations = result.Config!.Receivers["r"].Integrations;
        var email = integrations.OfType<EmailConfig>().Single();
        var slack = integrations.OfType<SlackConfig>().Single();
        var pagerduty = integrations.OfType<PagerDutyConfig>().Single();
        Assert.Equal(["SMTP_HOST"], email.MissingVariables);
        Assert.Equal(["SLACK_URL"], slack.MissingVariables);
        Assert.Equal("#alerts", slack.Channel);
        Assert.True(pagerduty.IsConfigured);
        Assert.Equal("pd-secret-value", pagerduty.RoutingKey!.Reveal());
        Assert.Equal(2, result.Warnings.Count);
    }

    [Fact]
    public void RedactedYaml_NeverShowsSecrets_RevealedDoes()
    {
        var config = TestConfigs.LoadValid(Yaml, new Dictionary<string, string> { ["PD_KEY"] = "pd-secret-value", ["SLACK_URL"] = "https://hooks.slack.com/T0/B0/xyz", ["SMTP_HOST"] = "smtp:587" });

        Assert.DoesNotContain("pd-secret-value", config.RedactedYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("hooks.slack.com", config.RedactedYaml, StringComparison.Ordinal);
        Assert.Contains("routing_key: \"<secret>\"", config.RedactedYaml, StringComparison.Ordinal);
        Assert.Contains("pd-secret-value", config.RevealedYaml, StringComparison.Ordinal);
        Assert.Contains("channel: \"#alerts\"", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsetVariableOutsideIntegrations_IsAnError()
    {
        var result = TestConfigs.Load("route:\n  receiver: ${RECEIVER}\nreceivers: [{name: d}]\n");

        Assert.Contains("environment variable RECEIVER is not set (write ${RECEIVER:-default} to give a default)", TestConfigs.Messages(result));
    }

    [Fact]
    public void Load_SecretInInvalidValue_DoesNotLeakIntoErrors()
    {
        var result = TestConfigs.Load("route: {receiver: r}\nreceivers:\n  - name: r\n    webhook_configs: [{url: '${HOOK}'}]\n",
            new Dictionary<string, string> { ["HOOK"] = "http//token-abc123@x" });

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Errors, e => e.ToString().Contains("token-abc123", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("${A}", "a")]
    [InlineData("x${A}y", "xay")]
    [InlineData("${UNSET:-dflt}", "dflt")]
    [InlineData("${EMPTY:-dflt}", "dflt")]
    [InlineData("${EMPTY}", "")]
    [InlineData("$${A}", "${A}")]
    [InlineData("foo$", "foo$")]
    [InlineData("^(a|b)$", "^(a|b)$")]
    [InlineData("${not valid}", "${not valid}")]
    [InlineData("{{ reReplaceAll \"(?P<A>x)\" \"${A}\" . }} ${A}", "{{ reReplaceAll \"(?P<A>x)\" \"${A}\" . }} a")]
    public void Expand_Syntax(string input, string expected)
    {
        var env = new EnvironmentExpander(n => n switch { "A" => "a", "EMPTY" => "", _ => null });

        var (value, missing) = env.Expand(input);

        Assert.Equal(expected, value);
        Assert.Empty(missing);
    }

    [Fact]
    public void Expand_UnsetWithoutDefault_ReportsTheVariable()
    {
        var (_, missing) = new EnvironmentExpander(_ => null).Expand("${X}-${Y:-y}-${Z}");

        Assert.Equal(["X", "Z"], missing);
    }
}
