using System.Globalization;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Discord;

/// <summary>Discord for the shared contract: the webhook URL holds the token; a 429 says the wait in its body.</summary>
internal sealed class DiscordContract : IntegrationContract
{
    private const string Token = "dcCONTRACT5e1a7c3f9b";

    public override string Type => "discord";

    public override IReadOnlyList<string> Secrets => [Token];

    public override ScriptedResponse Accepted => new(204);

    public override ScriptedResponse RateLimited(int seconds) =>
        ScriptedResponse.Json(429, $$"""{"message":"You are being rate limited.","retry_after":{{seconds.ToString("0.000", CultureInfo.InvariantCulture)}},"global":false}""");

    public override string Config(ContractTarget target) => $"{{webhook_url: '{target.Address}/api/webhooks/1/{Token}'}}";
}
