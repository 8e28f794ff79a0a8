using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>The dashboard's and the rules' PromQL, run against the live Prometheus of an <see cref="OperationsStack"/>.</summary>
internal static class LiveQueries
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Every dashboard target, with Grafana's variables as a user would set them: "All" (the variables' allValue .*)
    /// and one receiver/integration pair. $__rate_interval is 1m, what Grafana picks for a 15 s scrape interval.
    /// Each expression must parse and return data, and every alertrouter_* name in it must be in AlertRouter's
    /// /metrics. The query variables must list what the stack has.
    /// </summary>
    public static async Task AssertDashboardReturnsDataAsync(OperationsStack stack)
    {
        using var dashboard = OperationsFiles.Dashboard();
        var exported = (await MetricsScrape.FetchAsync(stack.Router.Ops)).Samples.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var queries = OperationsFiles.DashboardQueries(dashboard);
        var failures = new List<string>();
        foreach (var values in new[] { Values(".*", ".*"), Values("oncall", "pagerduty") })
        {
            foreach (var query in queries)
            {
                failures.AddRange(OperationsFiles.MetricNames(query.Expr).Where(n => !exported.Contains(n))
                    .Select(n => $"{query}: AlertRouter does not export {n}"));
                var expr = OperationsFiles.Substitute(query.Expr, values);
                var answer = await stack.Prometheus.QueryAsync(expr);
                if (answer.GetProperty("status").GetString() != "success")
                {
                    failures.Add($"{query}\n  as {expr}: {answer}");
                }
                else if (answer.GetProperty("data").GetProperty("result").GetArrayLength() == 0)
                {
                    failures.Add($"{query}\n  as {expr}: no data");
                }
            }
        }

        var expected = new Dictionary<string, string[]>
        {
            ["job"] = ["alertrouter"],
            ["receiver"] = ["oncall"],
            ["integration"] = ["email", "pagerduty", "slack"],
        };
        foreach (var (name, variable) in OperationsFiles.Variables(dashboard).Where(v => v.Value.GetProperty("type").GetString() == "query"))
        {
            var (selector, label) = OperationsFiles.LabelValues(variable);
            var listed = await stack.Prometheus.LabelValuesAsync(label, OperationsFiles.Substitute(selector, Values(".*", ".*")));
            if (!listed.Order(StringComparer.Ordinal).SequenceEqual(expected[name]))
            {
                failures.Add($"variable ${name} lists [{string.Join(", ", listed)}], expected [{string.Join(", ", expected[name])}]");
            }
        }

        Assert.True(queries.Count >= 20, $"only {queries.Count} dashboard queries found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Each rule's expression parses and evaluates, and Prometheus evaluated every rule without error.</summary>
    public static async Task AssertRulesEvaluateAsync(OperationsStack stack)
    {
        var failures = new List<string>();
        foreach (var rule in OperationsFiles.Rules(OperationsFiles.RulesPath))
        {
            var answer = await stack.Prometheus.QueryAsync(rule.Expr);
            if (answer.GetProperty("status").GetString() != "success")
            {
                failures.Add($"{rule.Name}: {answer}");
            }
        }

        var group = (await stack.Prometheus.RulesAsync()).EnumerateArray().Single(g => g.GetProperty("name").GetString() == "alertrouter");
        var rules = group.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(OperationsFiles.RequiredAlerts, rules.Select(r => r.GetProperty("name").GetString()));
        failures.AddRange(rules.Where(r => r.GetProperty("health").GetString() != "ok")
            .Select(r => $"{r.GetProperty("name")}: health {r.GetProperty("health")}, {r.GetProperty("lastError")}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// With PagerDuty failing and everything else healthy, the other AlertRouter alerts never fired since the stack was
    /// ready (ALERTS over the whole run, not one instant).
    /// </summary>
    public static async Task AssertQuietAlertsNeverFiredAsync(OperationsStack stack)
    {
        var window = (int)Math.Floor((DateTimeOffset.UtcNow - stack.ReadyAt).TotalSeconds);
        var answer = await stack.Prometheus.QueryAsync(
            $$"""max_over_time(ALERTS{alertname=~"AlertRouterDown|DeadLettersPresent|DeliveryBacklogStale|ConfigReloadFailed", alertstate="firing"}[{{window}}s])""");

        Assert.Equal("success", answer.GetProperty("status").GetString());
        Assert.True(answer.GetProperty("data").GetProperty("result").GetArrayLength() == 0, $"{answer}\n{await stack.DiagnosticsAsync()}");
    }

    /// <summary>Prometheus sent the alert to Alertmanager, which forwarded it to AlertRouter (routed to a receiver without integrations).</summary>
    public static async Task AssertAlertReachedAlertmanagerAndRouterAsync(OperationsStack stack, string alertname)
    {
        using var http = new HttpClient();
        var filter = Uri.EscapeDataString($"alertname=\"{alertname}\"");
        await UntilAsync(async () =>
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync($"{stack.Alertmanager.Url}/api/v2/alerts?filter={filter}"));
            return doc.RootElement.GetArrayLength() > 0;
        }, $"{alertname} in Alertmanager");
        await UntilAsync(async () =>
        {
            using var doc = JsonDocument.Parse(await stack.Router.Api.GetStringAsync("/api/v1/alerts?status=firing"));
            return doc.RootElement.EnumerateArray().Any(a => a.GetProperty("labels").TryGetProperty("alertname", out var n) && n.GetString() == alertname);
        }, $"{alertname} in AlertRouter");
    }

    private static Dictionary<string, string> Values(string receiver, string integration) => new(StringComparer.Ordinal)
    {
        ["datasource"] = "prometheus",
        ["job"] = "alertrouter",
        ["receiver"] = receiver,
        ["integration"] = integration,
        ["__rate_interval"] = "1m",
    };

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} not seen within {Timeout}");
            }

            await Task.Delay(250);
        }
    }
}
