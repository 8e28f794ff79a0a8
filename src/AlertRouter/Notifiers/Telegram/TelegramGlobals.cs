using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Telegram;

/// <summary>Telegram's keys of <c>global:</c>: <c>telegram_api_url</c> and (Alertmanager 0.31) <c>telegram_bot_token(_file)</c>.</summary>
internal sealed record TelegramGlobals(string ApiUrl, Secret? BotToken)
{
    public const string DefaultApiUrl = "https://api.telegram.org";

    public static TelegramGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("telegram_api_url");
        if (url.Resolved && url.Value!.Length > 0 && ConfigUrl.Validate(url.Value) is { } error)
        {
            scope.Error(url.Node, error);
        }

        var token = scope.Secret("telegram_bot_token", "telegram_bot_token_file");
        return new TelegramGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl, token);
    }
}
