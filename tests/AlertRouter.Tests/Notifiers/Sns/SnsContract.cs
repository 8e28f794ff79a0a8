using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// SNS for the shared contract: a signed Publish. The secret key never travels (only a signature made with it), so
/// the secret that reaches the endpoint, and must be redacted when echoed, is the access key id in Authorization.
/// </summary>
internal sealed class SnsContract : IntegrationContract
{
    private const string AccessKey = "AKIACONTRACT2D4F6B8A";

    public override string Type => "sns";

    public override IReadOnlyList<string> Secrets => [AccessKey];

    public override ScriptedResponse Accepted =>
        new(200, "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>", ContentType: "text/xml");

    public override string Config(ContractTarget target) =>
        $"{{api_url: '{target.Address}/', topic_arn: 'arn:aws:sns:us-east-1:1:contract', sigv4: {{region: us-east-1, access_key: '{AccessKey}', secret_key: 'snsCONTRACTsecret'}}}}";
}
