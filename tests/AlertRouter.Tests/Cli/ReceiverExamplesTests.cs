using AlertRouter.Cli;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Cli;

/// <summary>The commented receiver examples in routes/examples: check-config accepts each, and the kind delivers.</summary>
public class ReceiverExamplesTests
{
    [Theory]
    [InlineData("opsgenie")]
    [InlineData("victorops")]
    [InlineData("pushover")]
    [InlineData("wechat")]
    [InlineData("sns")]
    [InlineData("telegram")]
    [InlineData("discord")]
    [InlineData("webex")]
    [InlineData("rocketchat")]
    [InlineData("msteams")]
    [InlineData("msteamsv2")]
    [InlineData("jira")]
    [InlineData("incidentio")]
    [InlineData("mattermost")]
    [InlineData("googlechat")]
    public async Task CheckConfig_Example_Accepted(string kind)
    {
        var path = Path.Combine(Tools.TempDir("examples"), kind + ".yml");
        File.Copy(Path.Combine(Tools.RepoRoot, "routes", "examples", kind + ".yaml.example"), path);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CommandLine.RunToolAsync(["check-config", "--config", path], stdout, stderr);

        var output = $"{stdout}\n{stderr}";
        Assert.True(code == 0, output);
        Assert.Contains(" - 1 receivers", stdout.ToString(), StringComparison.Ordinal);
    }
}
