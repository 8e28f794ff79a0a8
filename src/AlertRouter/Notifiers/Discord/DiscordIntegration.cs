using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Discord;

/// <summary>
/// <c>discord_configs</c>: paced per webhook at 30 messages per minute in bursts of 5 (Discord's per-webhook bucket;
/// https://discord.com/developers/docs/topics/rate-limits tells clients to follow the headers, which the 429 handling does).
/// </summary>
internal sealed class DiscordIntegration : Integration<DiscordConfig, DiscordNotifier>
{
    public override string Type => "discord";

    public override DiscordConfig Parse(YamlNode node, IntegrationParseScope scope) => DiscordParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(DiscordConfig c) =>
        Texts(("title", c.Title), ("message", c.Message), ("content", c.Content));

    public override Pace? Pacing(DiscordConfig c) =>
        new("discord:" + Pace.Hash(c.WebhookUrl.Reveal()), 30, TimeSpan.FromMinutes(1), 5, "DiscordPerWebhookPerMinute");

    public override string Describe(DiscordConfig c) => $"webhook at {Host(c.WebhookUrl.Reveal())}";
}
