using System.Globalization;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// <c>telegram_configs</c>: POSTs sendMessage to <c>&lt;api_url&gt;/bot&lt;token&gt;/sendMessage</c> (the token is in
/// the path, so the URL never appears in an error). The message renders as html/template with <c>parse_mode: HTML</c>
/// and is cut to Telegram's 4096 runes with Alertmanager's "…".
/// </summary>
internal sealed class TelegramNotifier(NotifierHttp http, TemplateEngine engine, ILogger<TelegramNotifier> logger)
    : NotifierBase<TelegramConfig>(logger)
{
    /// <summary>Telegram's limit on a message's text, in runes (Alertmanager's maxMessageLenRunes).</summary>
    public const int MaxMessageRunes = 4096;

    public const string DefaultMessage = """{{ template "telegram.default.message" . }}""";

    public override string Integration => "telegram";

    /// <summary>The sendMessage URL: <c>api_url</c> joined as text, as telebot does (a trailing '/' gives "//bot").</summary>
    public static string SendMessageUrl(TelegramConfig config) => $"{config.ApiUrl}/bot{config.BotToken?.Reveal()}/sendMessage";

    protected override async Task<DeliveryResult> SendAsync(TelegramConfig config, NotificationContext context, CancellationToken ct)
    {
        if (config.BotToken is null)
        {
            return new Permanent(FailureReason.ClientError, null, "telegram: no bot_token is configured");
        }

        if (!Uri.TryCreate(SendMessageUrl(config), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "telegram: invalid api_url");
        }

        var body = GoJson.Encode(Build(config, engine.For(Integration, context)), TelegramJsonContext.Default.TelegramMessage);
        using var request = NotifierHttp.JsonPost(url, body, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure ?? TelegramResponses.Classify(reply!);
    }

    public static TelegramMessage Build(TelegramConfig config, TemplateRenderer r)
    {
        var flavor = config.ParseMode == "HTML" ? TemplateFlavor.Html : TemplateFlavor.Text;
        var text = r.Render("message", config.Message, DefaultMessage, flavor);
        return new TelegramMessage
        {
            ChatId = config.ChatId.ToString(CultureInfo.InvariantCulture),
            DisableNotification = config.DisableNotifications ? "true" : null,
            MessageThreadId = config.MessageThreadId != 0 ? config.MessageThreadId.ToString(CultureInfo.InvariantCulture) : null,
            ParseMode = config.ParseMode.Length > 0 ? config.ParseMode : null,
            Text = GoStrings.TruncateInRunes(text, MaxMessageRunes),
        };
    }
}
