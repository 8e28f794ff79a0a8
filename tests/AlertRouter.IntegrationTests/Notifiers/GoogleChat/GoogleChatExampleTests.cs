using AlertRouter.IntegrationTests.Notifiers.Support;
using AlertRouter.Notifiers.GoogleChat;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Notifiers.GoogleChat;

/// <summary>
/// Google Chat, which no Alertmanager has, against the example built for the same group
/// (testdata/receivers/googlechat, see its README) from Google's documented request shape: an incoming webhook
/// (https://developers.google.com/workspace/chat/quickstart/webhooks) taking a Message with text and cardsV2
/// (https://developers.google.com/workspace/chat/api/reference/rest/v1/spaces.messages/create,
/// https://developers.google.com/workspace/chat/api/reference/rest/v1/cards), threaded by threadKey.
/// </summary>
public sealed class GoogleChatExampleTests : RecordedReceiverTest
{
    private protected override ScriptedResponse Accepted =>
        ScriptedResponse.Json(200, """{"name":"spaces/AAAAAAAAAAA/messages/x","thread":{"name":"spaces/AAAAAAAAAAA/threads/y"}}""");

    [Theory]
    [InlineData("firing")]
    [InlineData("resolved")]
    public Task Notify_BuiltExample_SendsTheDocumentedRequest(string phase) =>
        AssertSendsRecordedAsync<GoogleChatConfig>("googlechat", "default", phase, recordedBase: "https://chat.googleapis.com/");
}
