using System.Security.Cryptography;
using System.Text;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.PagerDuty;

/// <summary>A notifier test against an Events API v2 endpoint that accepts every event, as PagerDuty answers.</summary>
public abstract class PagerDutyTest : NotifierTest
{
    private protected const string RoutingKey = "0123456789abcdef0123456789abcdef";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.DefaultResponse = ScriptedResponse.Json(202, """{"status":"success","message":"Event processed","dedup_key":"x"}""");
    }

    private protected PagerDutyConfig Config() => new() { RoutingKey = new Secret(RoutingKey), Url = Server.Url + "/v2/enqueue" };

    private protected static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
