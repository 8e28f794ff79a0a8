using System.Text.Json;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Tests.Templating;

/// <summary>The default named templates: every name Alertmanager 0.25 to 0.34 defines exists and renders as there.</summary>
public sealed class DefaultTemplatesTests
{
    private static readonly TemplateSet Set = TemplateSet.Defaults(TimeProvider.System);

    public static TheoryData<string, string> Later()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "templating", "am034-defaults.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var data = new TheoryData<string, string>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("template").GetString()!, c.GetProperty("out").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Later))]
    public void Render_NameAddedAfter025_MatchesAlertmanager034(string template, string expected) =>
        Assert.Equal(expected, Set.ExecuteText(template, TemplateSamples.Data()));

    [Theory]
    [InlineData("__alertmanager")]
    [InlineData("__alertmanagerURL")]
    [InlineData("__subject")]
    [InlineData("__description")]
    [InlineData("__text_alert_list")]
    [InlineData("slack.default.title")]
    [InlineData("slack.default.username")]
    [InlineData("slack.default.fallback")]
    [InlineData("slack.default.callbackid")]
    [InlineData("slack.default.pretext")]
    [InlineData("slack.default.titlelink")]
    [InlineData("slack.default.iconemoji")]
    [InlineData("slack.default.iconurl")]
    [InlineData("slack.default.text")]
    [InlineData("slack.default.footer")]
    [InlineData("pagerduty.default.description")]
    [InlineData("pagerduty.default.client")]
    [InlineData("pagerduty.default.clientURL")]
    [InlineData("pagerduty.default.instances")]
    [InlineData("opsgenie.default.message")]
    [InlineData("opsgenie.default.description")]
    [InlineData("opsgenie.default.source")]
    [InlineData("wechat.default.message")]
    [InlineData("wechat.default.to_user")]
    [InlineData("wechat.default.to_party")]
    [InlineData("wechat.default.to_tag")]
    [InlineData("wechat.default.agent_id")]
    [InlineData("victorops.default.state_message")]
    [InlineData("victorops.default.entity_display_name")]
    [InlineData("victorops.default.monitoring_tool")]
    [InlineData("pushover.default.title")]
    [InlineData("pushover.default.message")]
    [InlineData("pushover.default.url")]
    [InlineData("sns.default.subject")]
    [InlineData("sns.default.message")]
    [InlineData("telegram.default.message")]
    [InlineData("discord.default.title")]
    [InlineData("discord.default.message")]
    [InlineData("webex.default.message")]
    [InlineData("email.default.subject")]
    [InlineData("email.default.html")]
    public void IsDefined_EveryAlertmanager025Name_IsDefined(string name) => Assert.True(Set.IsDefined(name));
}
