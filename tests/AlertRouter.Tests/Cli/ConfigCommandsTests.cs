using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Cli;

public class ConfigCommandsTests
{
    private const string Config = """
        route:
          receiver: default
          routes:
            - matchers: ['team="db"']
              receiver: db
              continue: true
            - match_re: {service: 'check.*'}
              receiver: checkout
        receivers:
          - name: default
          - name: db
            slack_configs:
              - api_url: ${ALERTROUTER_TEST_UNSET_VARIABLE_7f3}
          - name: checkout
            pagerduty_configs:
              - routing_key: super-secret-key
        """;

    [Fact]
    public async Task CheckConfig_Valid_PrintsFoundListAndWarnings()
    {
        var (stdout, _, code) = await RunAsync("check-config", "--config", Write(Config));

        Assert.Equal(0, code);
        Assert.Contains("  SUCCESS\nFound:\n - global config\n - route\n - 0 inhibit rules\n - 3 receivers\n - 0 templates\nWarnings:\n", stdout, StringComparison.Ordinal);
        Assert.Contains("${ALERTROUTER_TEST_UNSET_VARIABLE_7f3} is not set", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_Strict_FailsOnWarnings()
    {
        var (stdout, stderr, code) = await RunAsync("check-config", "--strict", "--config", Write(Config));

        Assert.Equal(1, code);
        Assert.Contains("  FAILED: ", stdout, StringComparison.Ordinal);
        Assert.Equal("AlertRouter: error: failed to validate 1 file(s)\n\n", stderr);
    }

    [Fact]
    public async Task CheckConfig_Invalid_ListsEveryError()
    {
        var (stdout, _, code) = await RunAsync("check-config", "--config", Write("route:\n  receiver: x\n  foo: 1\nreceivers: [{name: d}]\n"));

        Assert.Equal(1, code);
        Assert.Contains("FAILED: ", stdout, StringComparison.Ordinal);
        Assert.Contains("field foo not found", stdout, StringComparison.Ordinal);
        Assert.Contains("undefined receiver \"x\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoutesTest_VerifyMismatch_WarnsAndExitsOne()
    {
        var path = Write(Config);

        var ok = await RunAsync("routes", "test", "--config", path, "--verify.receivers=db,checkout", "team=db", "service=checkout");
        var bad = await RunAsync("routes", "test", "--config", path, "--verify.receivers=db", "team=db", "service=checkout");

        Assert.Equal(("db,checkout\n", 0), (ok.Stdout, ok.Code));
        Assert.Equal(("db,checkout\nWARNING: Expected receivers did not match resolved receivers.\n", 1), (bad.Stdout, bad.Code));
    }

    [Fact]
    public async Task RoutesTest_BadLabel_FailsLikeAmtool()
    {
        var (_, stderr, code) = await RunAsync("routes", "test", "--config", Write(Config), "team!=db");

        Assert.Equal(1, code);
        Assert.Equal("AlertRouter: error: Failed to parse labels: labels must be specified as key=value pairs\n\n", stderr);
    }

    [Fact]
    public async Task RoutesShow_DrawsTheTree()
    {
        var (stdout, _, code) = await RunAsync("routes", "show", "--config", Write(Config));

        Assert.Equal(0, code);
        Assert.Equal(
            "Routing tree:\n.\n└── default-route  receiver: default\n    ├── {team=\"db\"}  continue: true  receiver: db\n    └── {service=~\"^(?:check.*)$\"}  receiver: checkout\n\n",
            stdout);
    }

    [Fact]
    public async Task ConfigShow_RedactsSecretsUnlessAsked()
    {
        var path = Write(Config);

        var redacted = await RunAsync("config", "show", "--config", path);
        var revealed = await RunAsync("config", "show", "--config", path, "--show-secrets");

        Assert.Contains("routing_key: \"<secret>\"", redacted.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-key", redacted.Stdout, StringComparison.Ordinal);
        Assert.Contains("super-secret-key", revealed.Stdout, StringComparison.Ordinal);
        Assert.Contains("# left out: slack[0] is unconfigured", redacted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_Directory_LoadsEveryYamlFile()
    {
        var dir = Tools.TempDir("cli");
        await File.WriteAllTextAsync(Path.Combine(dir, "root.yaml"), "route: {receiver: d}\nreceivers: [{name: d}]\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "team.yml"), "routes: [{matchers: [team=x], receiver: x}]\nreceivers: [{name: x}]\n");

        var (stdout, _, code) = await RunAsync("routes", "test", "--config", dir, "team=x");

        Assert.Equal(("x\n", 0), (stdout, code));
    }

    private static string Write(string yaml)
    {
        var path = Path.Combine(Tools.TempDir("cli"), "am.yml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static async Task<(string Stdout, string Stderr, int Code)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunToolAsync(args, stdout, stderr);
        return (stdout.ToString(), stderr.ToString(), code);
    }
}
