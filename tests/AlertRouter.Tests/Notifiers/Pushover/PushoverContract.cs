using AlertRouter.Notifiers.Pushover;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Notifiers.Pushover;

/// <summary>Pushover for the shared contract: token and user key in the query, its fixed endpoint pointed at the target.</summary>
internal sealed class PushoverContract : IntegrationContract
{
    private const string Token = "poCONTRACT5a9e3c7b1f";
    private const string UserKey = "puCONTRACT2d8f4b6a0e";

    public override string Type => "pushover";

    public override IReadOnlyList<string> Secrets => [Token, UserKey];

    public override ScriptedResponse Accepted => ScriptedResponse.Json(200, """{"status":1,"request":"x"}""");

    public override string Config(ContractTarget target) => $"{{token: '{Token}', user_key: '{UserKey}'}}";

    public override void ConfigureServices(IServiceCollection services, ContractTarget target) =>
        services.Configure<PushoverEndpoint>(e => e.Url = target.Address + "/1/messages.json");
}
