using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Webex;

/// <summary>
/// <c>webex_configs</c>: Webex publishes no fixed message rate (https://developer.webex.com/docs/basics: "Rate
/// Limiting", a 429 with <c>Retry-After</c>), so a room is not paced, but a <c>Retry-After</c> holds every
/// notification of that bot to that room.
/// </summary>
internal sealed class WebexIntegration : Integration<WebexConfig, WebexNotifier>
{
    public override string Type => "webex";

    public override object? ParseGlobals(GlobalScope scope) => WebexGlobals.Parse(scope);

    public override WebexConfig Parse(YamlNode node, IntegrationParseScope scope) => WebexParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(WebexConfig c) => Texts(("room_id", c.RoomId), ("message", c.Message));

    public override Pace? Pacing(WebexConfig c) =>
        Pace.HeldOnly($"webex:{Pace.Hash(c.Http.AuthorizationCredentials?.Reveal() ?? "")}:{Pace.Hash(c.RoomId)}");

    public override string Describe(WebexConfig c) => $"room …{Last4(c.RoomId)} via {Host(c.ApiUrl)}";
}
