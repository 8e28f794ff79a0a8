using System.Globalization;
using System.Text;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Routing;
using AlertRouter.Yaml;

namespace AlertRouter.Benchmarks;

/// <summary>
/// A 501-node route tree shaped like a real one: 25 team branches (<c>team="tN"</c>), each with 19 children mixing
/// equality, regex (<c>=~</c>, <c>!~</c>) and <c>continue</c>; and a 20-label alert routed to the last team.
/// </summary>
internal static class BenchmarkTree
{
    public const int Teams = 25;
    public const int ChildrenPerTeam = 19;

    public static Route Build()
    {
        var yaml = new StringBuilder("route:\n  receiver: default\n  group_by: [alertname, service]\n  routes:\n");
        for (var t = 0; t < Teams; t++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"    - matchers: ['team=\"t{t}\"']\n      receiver: team-{t}\n      routes:\n");
            for (var c = 0; c < ChildrenPerTeam; c++)
            {
                var matcher = (c % 6) switch
                {
                    0 => $"severity=\"critical\", service=~\"svc-{c}.*\"",
                    1 => $"service=~\"svc-({c}|{c + 100})-(api|worker)\"",
                    2 => $"env=~\"prod|staging\", alertname=~\"(High|Low)Latency{c}\"",
                    3 => $"instance=~\"i-[0-9]+\\\\.zone{c}\\\\.example\"",
                    4 => $"cluster!~\"dev-.*\", job=\"job-{c}\"",
                    _ => $"region=~\"eu-(west|north)-{c}\", severity!=\"info\"",
                };
                yaml.Append(CultureInfo.InvariantCulture, $"        - matchers: ['{{{matcher}}}']\n          receiver: team-{t}\n");
                if (c % 4 == 0)
                {
                    yaml.Append("          continue: true\n");
                }
            }
        }

        yaml.Append("receivers:\n  - name: default\n");
        for (var t = 0; t < Teams; t++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: team-{t}\n");
        }

        var dir = Path.Combine(Path.GetTempPath(), "alertrouter-bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "tree.yml");
        File.WriteAllText(path, yaml.ToString());
        var result = new ConfigLoader(new EnvironmentExpander(_ => null), [], TimeProvider.System).Load([path]);
        return result.Config?.Root ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    /// <summary>20 labels; team t24 is the last branch, so the walk checks every team first.</summary>
    public static LabelSet Alert() => LabelSet.Of(
        ("alertname", "HighLatency8"), ("team", $"t{Teams - 1}"), ("severity", "warning"), ("service", "svc-7-api"),
        ("env", "prod"), ("instance", "i-42.zone3.example"), ("job", "job-4"), ("cluster", "prod-eu-1"),
        ("region", "eu-west-5"), ("namespace", "payments"), ("pod", "payments-7d9f8c-abcde"), ("container", "api"),
        ("node", "ip-10-0-3-17"), ("endpoint", "http"), ("prometheus", "monitoring/k8s"), ("owner", "payments-team"),
        ("tier", "backend"), ("version", "2026.04.1"), ("zone", "eu-west-1a"), ("runbook", "https://runbooks/latency"));
}
