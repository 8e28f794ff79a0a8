using AlertRouter.TestSupport;

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

    [Fact]
    public async Task DockerCompose_ConfigQuiet_Passes()
    {
        await using var compose = ManagedProcess.Start(Tools.Require("docker-compose"), ["-f", "docker-compose.yml", "config", "-q"], Tools.RepoRoot);

        var code = await compose.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.True(code == 0, compose.Output);
    }

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
