using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.Receivers;

/// <summary>What each vendor answers on success (testdata/receivers README), so that neither side retries.</summary>
internal static class VendorAnswers
{
    public static ScriptedResponse For(CapturedRequest request) => Kind(request) switch
    {
        "telegram" => ScriptedResponse.Json(200, """{"ok":true,"result":{"message_id":1,"date":0,"chat":{"id":-1001234567890,"type":"supergroup"}}}"""),
        "discord" => new ScriptedResponse(204),
        "webex" => ScriptedResponse.Json(200, """{"id":"m","roomId":"r"}"""),
        "sns" => new ScriptedResponse(200, "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>", ContentType: "text/xml"),
        _ => new ScriptedResponse(200),
    };

    /// <summary>Which kind sent <paramref name="request"/>, by the recorded paths (<c>/</c> is SNS's endpoint).</summary>
    public static string Kind(CapturedRequest request) => request.Path switch
    {
        var p when p.EndsWith("/sendMessage", StringComparison.Ordinal) => "telegram",
        var p when p.StartsWith("/api/webhooks/", StringComparison.Ordinal) => "discord",
        "/v1/messages" => "webex",
        "/webhook" => "webhook",
        _ => "sns",
    };
}
