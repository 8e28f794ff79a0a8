using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>
/// <c>telegram_configs</c>: a bot (<c>bot_token</c>) posting to one chat through the Bot API's sendMessage.
/// <see cref="Message"/> null means Alertmanager's default template. send_resolved defaults to true.
/// </summary>
public sealed record TelegramConfig() : IntegrationConfig("telegram")
{
    /// <summary>Default global <c>telegram_api_url</c>, https://api.telegram.org.</summary>
    public string ApiUrl { get; init; } = TelegramGlobals.DefaultApiUrl;

    /// <summary><c>bot_token</c> or the contents of <c>bot_token_file</c>, else the global's; it sits in the URL path.</summary>
    public Secret? BotToken { get; init; }

    public long ChatId { get; init; }

    /// <summary><c>message_thread_id</c> (Alertmanager 0.28): a forum topic of the chat; 0 for none.</summary>
    public int MessageThreadId { get; init; }

    public string? Message { get; init; }

    public bool DisableNotifications { get; init; }

    /// <summary><c>HTML</c> (the default, and the message renders as html/template), <c>Markdown</c>, <c>MarkdownV2</c> or "".</summary>
    public string ParseMode { get; init; } = "HTML";

    public HttpClientConfig Http { get; init; } = HttpClientConfig.Default;

    public override IEnumerable<Secret> Secrets() => Http.Secrets().Concat(new[] { BotToken }.OfType<Secret>());
}
