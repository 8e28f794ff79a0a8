using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// <c>telegram_configs</c>: paced per bot and chat at Telegram's documented limits — a group or channel (negative
/// chat id) at 20 messages per minute, a private chat at one per second (https://core.telegram.org/bots/faq).
/// </summary>
internal sealed class TelegramIntegration : Integration<TelegramConfig, TelegramNotifier>
{
    public override string Type => "telegram";

    public override object? ParseGlobals(GlobalScope scope) => TelegramGlobals.Parse(scope);

    public override TelegramConfig Parse(YamlNode node, IntegrationParseScope scope) => TelegramParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(TelegramConfig c) => c.Message is null
        ? []
        : [new TemplateField("message", c.Message, c.ParseMode == "HTML" ? TemplateFlavor.Html : TemplateFlavor.Text)];

    public override Pace? Pacing(TelegramConfig c)
    {
        var key = $"telegram:{Pace.Hash(c.BotToken?.Reveal() ?? "")}:{c.ChatId}";
        return c.ChatId < 0
            ? new Pace(key, 20, TimeSpan.FromMinutes(1), Setting: "TelegramPerGroupPerMinute")
            : new Pace(key, 1, TimeSpan.FromSeconds(1), Setting: "TelegramPerChatPerSecond");
    }

    public override string Describe(TelegramConfig c) => $"chat {c.ChatId} via {Host(c.ApiUrl)}";
}
