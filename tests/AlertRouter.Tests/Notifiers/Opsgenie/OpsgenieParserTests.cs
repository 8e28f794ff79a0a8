using AlertRouter.Notifiers.Opsgenie;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Opsgenie;

/// <summary><c>opsgenie_configs</c> and its globals as Alertmanager 0.25 loads them: defaults, inheritance and its messages.</summary>
public class OpsgenieParserTests
{
    private static string Yaml(string global, string config) => $$"""
        global: {{{global}}}
        route: {receiver: r}
        receivers: [{name: r, opsgenie_configs: [{{{config}}}]}]
        """;

    [Fact]
    public void Parse_KeyFromGlobal_DefaultUrlWithSlashAndSendResolved()
    {
        var config = Assert.IsType<OpsgenieConfig>(Assert.Single(TestConfigs.LoadValid(Yaml("opsgenie_api_key: gk-1234", "")).Receivers["r"].Integrations));

        Assert.Equal(("gk-1234", "https://api.opsgenie.com/", true), (config.ApiKey!.Reveal(), config.ApiUrl, config.SendResolved));
    }

    [Fact]
    public void Parse_OwnUrlWithoutSlash_GetsOne()
    {
        var config = Assert.IsType<OpsgenieConfig>(Assert.Single(TestConfigs.LoadValid(Yaml("", "api_key: k, api_url: 'https://api.eu.opsgenie.com'")).Receivers["r"].Integrations));

        Assert.Equal("https://api.eu.opsgenie.com/", config.ApiUrl);
    }

    [Theory]
    [InlineData("", "no global OpsGenie API Key set either inline or in a file")]
    [InlineData("api_key: k, api_key_file: /x", "at most one of api_key & api_key_file must be configured")]
    [InlineData("api_key: k, responders: [{type: team}]", "opsGenieConfig responder {   team} has to have at least one of id, username or name specified")]
    [InlineData("api_key: k, responders: [{name: ops, type: Group}]", "opsGenieConfig responder { ops  group} type does not match valid options ^(team|teams|user|escalation|schedule)$")]
    public void Parse_Invalid_AlertmanagersMessage(string config, string message)
    {
        Assert.Contains(message, TestConfigs.Messages(TestConfigs.Load(Yaml("", config))));
    }
}
