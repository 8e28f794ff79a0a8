using AlertRouter.Notifiers.Webex;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Webex;

public class WebexParserTests
{
    private static string Receiver(string integration, string global = "") =>
        $"{global}route: {{receiver: r}}\nreceivers:\n  - name: r\n    webex_configs: [{integration}]\n";

    [Fact]
    public void Load_Minimal_GlobalApiUrlAndToken()
    {
        var config = TestConfigs.LoadValid(Receiver("{room_id: room-1, http_config: {authorization: {credentials: t0k3n}}}", "global: {webex_api_url: 'http://webex.example/v1/messages'}\n"));

        var webex = Assert.IsType<WebexConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal(("http://webex.example/v1/messages", "room-1", "t0k3n", true), (webex.ApiUrl, webex.RoomId, webex.Http.AuthorizationCredentials!.Reveal(), webex.SendResolved));
        Assert.DoesNotContain("t0k3n", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoApiUrl_WebexDefault()
    {
        var config = TestConfigs.LoadValid(Receiver("{room_id: room-1, http_config: {bearer_token: t0k3n}}"));

        Assert.Equal("https://webexapis.com/v1/messages", Assert.IsType<WebexConfig>(Assert.Single(config.Receivers["r"].Integrations)).ApiUrl);
    }

    [Theory]
    [InlineData("{http_config: {authorization: {credentials: t}}}", "missing room_id on webex_config")]
    [InlineData("{room_id: r}", "missing webex_configs.http_config.authorization")]
    [InlineData("{room_id: r, http_config: {basic_auth: {username: u, password: p}}}", "missing webex_configs.http_config.authorization")]
    public void Load_Invalid_FailsWithAlertmanagersMessage(string integration, string message)
    {
        var result = TestConfigs.Load(Receiver(integration, "global: {http_config: {authorization: {credentials: g}}}\n"));

        Assert.Contains(message, TestConfigs.Messages(result));
    }
}
