using AlertRouter.Notifiers.Pushover;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Pushover;

/// <summary><c>pushover_configs</c> as Alertmanager loads it: defaults (retry 1m, expire 1h) and its messages.</summary>
public class PushoverParserTests
{
    private static string Yaml(string config) => $$"""
        route: {receiver: r}
        receivers: [{name: r, pushover_configs: [{{{config}}}]}]
        """;

    [Fact]
    public void Parse_Minimal_AlertmanagersDefaults()
    {
        var config = Assert.IsType<PushoverConfig>(Assert.Single(TestConfigs.LoadValid(Yaml("user_key: u, token: t")).Receivers["r"].Integrations));

        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.Zero, false, true), (config.Retry, config.Expire, config.Ttl, config.Html, config.SendResolved));
    }

    [Theory]
    [InlineData("token: t", "missing user key in Pushover config")]
    [InlineData("user_key: u", "missing token in Pushover config")]
    [InlineData("user_key: u, token: t, html: true, monospace: true", "at most one of monospace & html must be configured")]
    public void Parse_Invalid_AlertmanagersMessage(string config, string message)
    {
        Assert.Contains(message, TestConfigs.Messages(TestConfigs.Load(Yaml(config))));
    }
}
