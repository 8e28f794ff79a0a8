using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>
/// <c>rocketchat_configs</c>: paced per server and user at Rocket.Chat's default API rate limiter, 10 calls per
/// endpoint per 60 s (admin setting API_Enable_Rate_Limiter_Limit_Calls_Default; override with
/// <c>RocketChatPerUserPerMinute</c>).
/// </summary>
internal sealed class RocketChatIntegration : Integration<RocketChatConfig, RocketChatNotifier>
{
    public override string Type => "rocketchat";

    public override object? ParseGlobals(GlobalScope scope) => RocketChatGlobals.Parse(scope);

    public override RocketChatConfig Parse(YamlNode node, IntegrationParseScope scope) => RocketChatParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(RocketChatConfig c)
    {
        var fields = Texts(("channel", c.Channel), ("color", c.Color), ("emoji", c.Emoji), ("icon_url", c.IconUrl), ("text", c.Text),
            ("title", c.Title), ("title_link", c.TitleLink), ("image_url", c.ImageUrl), ("thumb_url", c.ThumbUrl));
        var items = c.Fields.SelectMany((f, i) => new[] { ($"fields[{i}].title", f.Title), ($"fields[{i}].value", f.Value) });
        var actions = c.Actions.SelectMany((a, i) => new[] { ($"actions[{i}].text", a.Text), ($"actions[{i}].url", a.Url), ($"actions[{i}].msg", a.Msg) });
        return fields.Concat(Texts([.. items, .. actions]));
    }

    public override Pace? Pacing(RocketChatConfig c) =>
        new($"rocketchat:{Host(c.ApiUrl)}:{Pace.Hash(c.TokenId?.Reveal() ?? "")}", 10, TimeSpan.FromMinutes(1), Setting: "RocketChatPerUserPerMinute");

    public override string Describe(RocketChatConfig c) => $"channel {c.Channel ?? "(the token's default)"} via {Host(c.ApiUrl)}";
}
