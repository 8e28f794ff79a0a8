using AlertRouter.TestSupport;
using YamlDotNet.RepresentationModel;

namespace AlertRouter.IntegrationTests.Deploy;

/// <summary>The container files users run: linted and validated by the real tools (no Docker engine runs here).</summary>
public class DeployFilesTests
{
    [Fact]
    public async Task Dockerfile_DockerfileLint_ReportsNoIssues()
    {
        await using var lint = ManagedProcess.Start(Tools.OnPath("npx"), ["--yes", "dockerfilelint@1.8.0", "Dockerfile"], Tools.RepoRoot);

        var code = await lint.WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 0, lint.Output);
        Assert.Contains("Issues: None found", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dockerfile_RunsAsNonRootWithHealthcheckAndBothPorts()
    {
        var dockerfile = await File.ReadAllTextAsync(Path.Combine(Tools.RepoRoot, "Dockerfile"));

        Assert.Matches(@"(?m)^FROM .* AS build$", dockerfile);
        Assert.Matches(@"(?m)^USER app$", dockerfile);
        Assert.Matches(@"(?m)^EXPOSE 8080 9095$", dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK .*healthcheck", dockerfile);
    }

    [Theory]
    [InlineData]
    [InlineData("--profile", "postgres")]
    public async Task DockerCompose_ConfigQuiet_Passes(params string[] profile)
    {
        await using var compose = ManagedProcess.Start(Tools.Require("docker-compose"), ["-f", "docker-compose.yml", .. profile, "config", "-q"], Tools.RepoRoot);

        var code = await compose.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(code == 0, compose.Output);
    }

    [Fact]
    public async Task DockerCompose_FullStack_ServicesWiredAndPostgresOnlyInItsProfile()
    {
        await using var compose = ManagedProcess.Start(Tools.Require("docker-compose"), ["-f", "docker-compose.yml", "--profile", "postgres", "config"], Tools.RepoRoot);
        Assert.True(await compose.WaitForExitAsync(TimeSpan.FromMinutes(1)) == 0, compose.Output);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(compose.Output));

        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];

        Assert.Equal(["alertmanager", "alertrouter", "grafana", "mailsink", "postgres", "prometheus"],
            services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(Tools.RepoRoot, ((YamlMappingNode)((YamlMappingNode)services["alertrouter"])["build"])["context"].ToString());
        Assert.Equal("postgres", ((YamlSequenceNode)((YamlMappingNode)services["postgres"])["profiles"]).Children.Single().ToString());
        foreach (var name in new[] { "alertrouter", "alertmanager", "prometheus", "grafana", "mailsink" })
        {
            Assert.False(((YamlMappingNode)services[name]).Children.ContainsKey("profiles"), name);
        }

        Assert.Contains("/etc/prometheus/rules", Volumes(services, "prometheus"));
        Assert.Contains("/etc/grafana/provisioning", Volumes(services, "grafana"));
        Assert.Contains("/etc/alertmanager/alertmanager.yml", Volumes(services, "alertmanager"));
        var source = await File.ReadAllTextAsync(Path.Combine(Tools.RepoRoot, "docker-compose.yml"));
        Assert.Contains("# AlertRouter__Store: postgres", source, StringComparison.Ordinal);
        Assert.Contains("# AlertRouter__Postgres__ConnectionString: Host=postgres;", source, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Volumes(YamlMappingNode services, string service) =>
        ((YamlSequenceNode)((YamlMappingNode)services[service])["volumes"]).Children
            .Select(v => v is YamlMappingNode m ? m["target"].ToString() : v.ToString().Split(':')[1]);

    [Fact]
    public async Task HealthcheckCommand_AgainstRunningService_ExitsZero_AndOneWhenDown()
    {
        await using var app = await TestApp.StartAsync();
        var up = new StringWriter();
        var down = new StringWriter();

        var ok = await AlertRouter.Cli.CommandLine.RunToolAsync(["healthcheck", $"--AlertRouter:OpsUrl={app.OpsUrl}"], up, up);
        var failed = await AlertRouter.Cli.CommandLine.RunToolAsync(["healthcheck", $"--AlertRouter:OpsUrl=http://127.0.0.1:{Tools.FreePort()}"], down, down);

        Assert.Equal(0, ok);
        Assert.Equal(1, failed);
    }
}
