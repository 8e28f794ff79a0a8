using AlertRouter.Notifiers.Discord;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Discord;

public class DiscordParserTests
{
    private static string Receiver(string integration) => $"route: {{receiver: r}}\nreceivers:\n  - name: r\n    discord_configs: [{integration}]\n";

    [Fact]
    public void Load_WebhookUrl_SecretAndAlertmanagerDefaults()
    {
        var config = TestConfigs.LoadValid(Receiver("{webhook_url: 'https://discord.com/api/webhooks/1/s3cr3t'}"));

        var discord = Assert.IsType<DiscordConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal("https://discord.com/api/webhooks/1/s3cr3t", discord.WebhookUrl.Reveal());
        Assert.True(discord.SendResolved);
        Assert.Equal((null, null, null, null, null), (discord.Title, discord.Message, discord.Content, discord.Username, discord.AvatarUrl));
        Assert.DoesNotContain("s3cr3t", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{title: t}", "one of webhook_url or webhook_url_file must be configured")]
    [InlineData("{webhook_url: 'https://d/x', webhook_url_file: /tmp/u}", "at most one of webhook_url & webhook_url_file must be configured")]
    [InlineData("{webhook_url: 'ftp://d/x'}", "unsupported scheme \"ftp\" for URL")]
    public void Load_Invalid_FailsWithAlertmanagersMessage(string integration, string message)
    {
        var result = TestConfigs.Load(Receiver(integration));

        Assert.Contains(message, TestConfigs.Messages(result));
    }
}
