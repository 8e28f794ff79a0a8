using AlertRouter.Notifiers.VictorOps;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.VictorOps;

/// <summary><c>victorops_configs</c> and its globals as Alertmanager 0.25 loads them: defaults, inheritance and its messages.</summary>
public class VictorOpsParserTests
{
    private static string Yaml(string global, string config) => $$"""
        global: {{{global}}}
        route: {receiver: r}
        receivers: [{name: r, victorops_configs: [{{{config}}}]}]
        """;

    [Fact]
    public void Parse_KeyFromGlobal_DefaultEndpoint()
    {
        var config = Assert.IsType<VictorOpsConfig>(Assert.Single(TestConfigs.LoadValid(Yaml("victorops_api_key: vk", "routing_key: team")).Receivers["r"].Integrations));

        Assert.Equal(("vk", "https://alert.victorops.com/integrations/generic/20131114/alert/", true), (config.ApiKey!.Reveal(), config.ApiUrl, config.SendResolved));
    }

    [Theory]
    [InlineData("api_key: k", "missing Routing key in VictorOps config")]
    [InlineData("routing_key: team", "no global VictorOps API Key set")]
    [InlineData("api_key: k, routing_key: team, custom_fields: {entity_state: x}", "victorOps config contains custom field entity_state which cannot be used as it conflicts with the fixed/static fields")]
    public void Parse_Invalid_AlertmanagersMessage(string config, string message)
    {
        Assert.Contains(message, TestConfigs.Messages(TestConfigs.Load(Yaml("", config))));
    }
}
