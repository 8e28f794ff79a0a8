using AlertRouter.Notifiers.Wechat;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Wechat;

/// <summary><c>wechat_configs</c> and its globals as Alertmanager 0.25 loads them: defaults, inheritance and its messages.</summary>
public class WechatParserTests
{
    private static string Yaml(string global, string config) => $$"""
        global: {{{global}}}
        route: {receiver: r}
        receivers: [{name: r, wechat_configs: [{{{config}}}]}]
        """;

    [Fact]
    public void Parse_SecretAndCorpFromGlobal_DefaultEndpointTextNotResolved()
    {
        var config = Assert.IsType<WechatConfig>(Assert.Single(TestConfigs.LoadValid(Yaml("wechat_api_secret: s, wechat_api_corp_id: c", "")).Receivers["r"].Integrations));

        Assert.Equal(("s", "c", "https://qyapi.weixin.qq.com/cgi-bin/", "text", false),
            (config.ApiSecret.Reveal(), config.CorpId, config.ApiUrl, config.MessageType, config.SendResolved));
    }

    [Theory]
    [InlineData("", "corp_id: c", "no global Wechat ApiSecret set")]
    [InlineData("", "api_secret: s", "no global Wechat CorpID set")]
    [InlineData("", "api_secret: s, corp_id: c, message_type: html", "weChat message type \"html\" does not match valid options ^(text|markdown)$")]
    public void Parse_Invalid_AlertmanagersMessage(string global, string config, string message)
    {
        Assert.Contains(message, TestConfigs.Messages(TestConfigs.Load(Yaml(global, config))));
    }
}
