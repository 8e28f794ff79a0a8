using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Webhook;

/// <summary>The webhook for the shared contract: a URL holding a token, and a bearer token in http_config.</summary>
internal sealed class WebhookContract : IntegrationContract
{
    private const string Token = "hookCONTRACT9a1c5e7f3b";
    private const string Bearer = "bearerCONTRACT6d2f8b4a";

    public override string Type => "webhook";

    public override IReadOnlyList<string> Secrets => [Token, Bearer];

    public override string Config(ContractTarget target) =>
        $"{{url: '{target.Address}/hook/{Token}', http_config: {{authorization: {{credentials: '{Bearer}'}}}}}}";
}
