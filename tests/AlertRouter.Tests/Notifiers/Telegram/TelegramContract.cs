using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Telegram;

/// <summary>Telegram for the shared contract: the bot token sits in the path; flood control says the wait in the body.</summary>
internal sealed class TelegramContract : IntegrationContract
{
    private const string Token = "4242:tgCONTRACT3b7d9f1a5c";

    public override string Type => "telegram";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"ok":true,"result":{"message_id":1}}""");

    public override ScriptedResponse RateLimited(int seconds) => ScriptedResponse.Json(429,
        $$$"""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {{{seconds}}}","parameters":{"retry_after":{{{seconds}}}}}""");

    public override string Config(ContractTarget target) => $"{{api_url: '{target.Address}', bot_token: '{Token}', chat_id: 42}}";
}
