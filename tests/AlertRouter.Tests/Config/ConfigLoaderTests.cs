using AlertRouter.Config;
using AlertRouter.Notifiers;

namespace AlertRouter.Tests.Config;

public class ConfigLoaderTests
{
    private const string Root = """
        route:
          receiver: default
          routes:
            - matchers: [severity=critical]
              receiver: default
        receivers:
          - name: default
        """;

    [Fact]
    public void Load_TeamFiles_AppendRoutesUnderRootInFileOrder()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["routes/root.yaml"] = Root,
            ["routes/teams/web.yaml"] = "routes:\n  - matchers: [team=web]\n    receiver: web\nreceivers:\n  - name: web\n",
            ["routes/teams/db.yml"] = "routes:\n  - matchers: [team=db]\n    receiver: db\nreceivers:\n  - name: db\n",
            ["rules/inhibit.yaml"] = "inhibit_rules:\n  - source_matchers: [a=1]\n    target_matchers: [b=1]\n",
        });

        var config = result.Config!;

        Assert.Equal(["{}/{severity=\"critical\"}", "{}/{team=\"db\"}", "{}/{team=\"web\"}"], config.Root.Children.Select(c => c.Key));
        Assert.Equal(["default", "db", "web"], config.ReceiverList.Select(r => r.Name));
        Assert.Single(config.InhibitRules);
        Assert.Equal(4, config.Sources.Count);
    }

    [Fact]
    public void Load_PrometheusDirectory_IsIgnored()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["routes/root.yaml"] = Root,
            ["rules/prometheus/alerts.yml"] = "groups:\n  - name: x\n    rules: []\n",
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.DoesNotContain(result.Files, f => f.Contains("prometheus", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateReceiverAcrossFiles_NamesBothFiles()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["a.yaml"] = Root,
            ["b.yaml"] = "receivers:\n  - name: default\n",
        });

        var error = Assert.Single(result.Errors);
        Assert.Contains("b.yaml:2:5", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("notification config name \"default\" is not unique (first defined at", error.Message, StringComparison.Ordinal);
        Assert.Contains("a.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoRootRoutes_IsAnErrorNamingTheFirst()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string> { ["a.yaml"] = Root, ["b.yaml"] = "route:\n  receiver: default\n" });

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("route is already defined at ", error.Message, StringComparison.Ordinal);
        Assert.Contains("a.yaml:1:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryErrorWithPositions()
    {
        var result = TestConfigs.Load("""
            route:
              receiver: default
              colour: red
              routes:
                - receiver: nope
                  matchers: ['a=~"[x"']
                  group_by: [a, a]
            receivers:
              - name: default
                webhook_configs:
                  - send_resolved: yes
            """);

        Assert.Equal(
        [
            "alertmanager.yml:3:3: field colour not found in type config.plain",
            "alertmanager.yml:5:17: undefined receiver \"nope\" used in route",
            "alertmanager.yml:6:18: error parsing regexp: missing closing ]: `[x)$`",
            "alertmanager.yml:7:21: duplicated label \"a\" in group_by",
            "alertmanager.yml:11:9: one of url or url_file must be configured",
        ], result.Errors.Select(e => e.ToString().Replace(result.Files[0], "alertmanager.yml", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_EmptyFile_IsNoRouteProvided()
    {
        Assert.Equal(["no route provided in config"], TestConfigs.Messages(TestConfigs.Load("")));
        Assert.Equal(["no routes provided"], TestConfigs.Messages(TestConfigs.Load("receivers: [{name: d}]")));
    }

    [Fact]
    public void Load_SameFilesTwice_GiveTheSameHash()
    {
        var first = TestConfigs.LoadValid(Root);
        var second = TestConfigs.LoadValid(Root);
        var changed = TestConfigs.LoadValid(Root.Replace("critical", "warning", StringComparison.Ordinal));

        Assert.Equal(first.Hash, second.Hash);
        Assert.NotEqual(first.Hash, changed.Hash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
    }

    [Fact]
    public void Load_Validators_TheirErrorsRejectTheConfig()
    {
        var validator = new FailingTemplateValidator();

        var result = TestConfigs.Load("""
            route: {receiver: d}
            receivers:
              - name: d
                slack_configs:
                  - api_url: https://hooks.slack.com/x
                    title: '{{ broken'
            """, validators: [validator]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(6, error.Location!.Line);
        Assert.Equal("template: unclosed action", error.Message);
        Assert.Equal(("d", "slack[0]", "title", "{{ broken"), (validator.Seen[0].Receiver, validator.Seen[0].Integration, validator.Seen[0].Field, validator.Seen[0].Source));
    }

    [Fact]
    public void Load_NewerAlertmanagerIntegrations_DeliverWithoutWarning()
    {
        var result = TestConfigs.Load("""
            route: {receiver: d}
            templates: ['/etc/alertmanager/*.tmpl']
            receivers:
              - name: d
                jira_configs:
                  - api_url: https://example.atlassian.net/rest/api/2/
                    project: OPS
                    issue_type: Bug
                    http_config: {basic_auth: {username: u, password: s3cr3t}}
                telegram_configs:
                  - bot_token: t0k3n
                    chat_id: 1
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        // A templates glob that matches nothing is fine, as in Alertmanager.
        Assert.Empty(result.Warnings);
        Assert.DoesNotContain("s3cr3t", result.Config!.RedactedYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("t0k3n", result.Config.RedactedYaml, StringComparison.Ordinal);
        Assert.Equal(["jira", "telegram"], result.Config.Receivers["d"].Integrations.Select(i => i.Type).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_UnknownIntegrationKind_IsALoadErrorNotASilentDrop()
    {
        var result = TestConfigs.Load("""
            route: {receiver: d}
            receivers:
              - name: d
                carrierpigeon_configs:
                  - coop: roof
            """);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Location!.Line);
        Assert.Contains("carrierpigeon_configs", error.Message, StringComparison.Ordinal);
    }

    private sealed class FailingTemplateValidator : IConfigValidator
    {
        public List<TemplateSource> Seen { get; } = [];

        public void Validate(ConfigValidationContext context)
        {
            Seen.AddRange(context.Templates);
            foreach (var field in context.Templates.Where(t => t.Source.Contains("{{ broken", StringComparison.Ordinal)))
            {
                context.Error(field.Location, "template: unclosed action");
            }
        }
    }
}
