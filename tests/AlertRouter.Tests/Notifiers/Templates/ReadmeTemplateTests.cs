using System.Text.Json;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Slack;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Config;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Templates;

public sealed class ReadmeTemplateTests : NotifierTest
{
    [Fact]
    public async Task ReadmeExample_LoadsAndRendersWhatTheReadmeSays()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Tools.RepoRoot, "README.md"));
        var bullet = readme.IndexOf("- **Templates:**", StringComparison.Ordinal);
        var open = readme.IndexOf("```yaml\n", bullet, StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = string.Join('\n', readme[open..readme.IndexOf("```", open, StringComparison.Ordinal)].Split('\n').Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l));
        var config = TestConfigs.LoadValid(yaml);
        var slack = (SlackConfig)config.Receivers["team-db"].Integrations.Single();

        var result = await Harness.NotifyAsync(slack with { ApiUrl = new Secret(Server.Url + "/hook") }, Samples.DiskFull() with { Templates = config.MessageTemplates });

        Assert.IsType<Delivered>(result);
        var attachment = JsonDocument.Parse(Assert.Single(Server.Requests).Body).RootElement.GetProperty("attachments")[0];
        Assert.Equal("DISKFULL (1)", attachment.GetProperty("title").GetString());
        Assert.Equal("*disk 95% full* critical\n", attachment.GetProperty("text").GetString());
        Assert.Contains("the title `DISKFULL (1)` and the text\n  `*disk 95% full* critical`", readme, StringComparison.Ordinal);
    }
}
