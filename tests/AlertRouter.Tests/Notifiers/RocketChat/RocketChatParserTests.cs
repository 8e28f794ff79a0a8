using AlertRouter.Notifiers.RocketChat;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.RocketChat;

public class RocketChatParserTests
{
    private static string Receiver(string integration, string global = "") =>
        $"{global}route: {{receiver: r}}\nreceivers:\n  - name: r\n    rocketchat_configs: [{integration}]\n";

    [Fact]
    public void Load_Globals_TokensAndUrlInherited()
    {
        var config = TestConfigs.LoadValid(Receiver("{channel: '#alerts'}",
            "global: {rocketchat_api_url: 'https://chat.example/', rocketchat_token: t0k3n, rocketchat_token_id: u1d}\n"));

        var rc = Assert.IsType<RocketChatConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal(("https://chat.example/", "t0k3n", "u1d", "#alerts"), (rc.ApiUrl, rc.Token!.Reveal(), rc.TokenId!.Reveal(), rc.Channel));
        Assert.False(rc.SendResolved);
        Assert.DoesNotContain("t0k3n", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoApiUrl_OpenRocketChat()
    {
        var config = TestConfigs.LoadValid(Receiver("{token: t, token_id: u}"));

        Assert.Equal("https://open.rocket.chat/", Assert.IsType<RocketChatConfig>(Assert.Single(config.Receivers["r"].Integrations)).ApiUrl);
    }

    [Theory]
    [InlineData("{token: t}", "no global Rocketchat TokenID set either inline or in a file")]
    [InlineData("{token_id: u}", "no global Rocketchat Token set either inline or in a file")]
    [InlineData("{token: t, token_file: /tmp/t, token_id: u}", "at most one of token & token_file must be configured")]
    [InlineData("{token: t, token_id: u, token_id_file: /tmp/u}", "at most one of token_id & token_id_file must be configured")]
    public void Load_Invalid_FailsWithAlertmanagersMessage(string integration, string message)
    {
        var result = TestConfigs.Load(Receiver(integration));

        Assert.Contains(message, TestConfigs.Messages(result));
    }
}
