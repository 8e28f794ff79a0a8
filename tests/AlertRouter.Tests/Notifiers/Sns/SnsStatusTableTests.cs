using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Sns;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// Publish's answers (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html,
/// https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html): XML errors whose <c>Code</c> names throttling.
/// </summary>
public sealed class SnsStatusTableTests : NotifierTest
{
    private const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private SnsConfig Config() => new()
    {
        ApiUrl = Server.Url,
        TopicArn = "arn:aws:sns:us-east-1:123456789012:alerts",
        SigV4 = new SnsSigV4 { Region = "us-east-1", AccessKey = new Secret("AKIDEXAMPLE"), SecretKey = new Secret(SecretKey) },
    };

    private static string Error(string type, string code, string message) =>
        $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>r</RequestId></ErrorResponse>";

    [Theory]
    [InlineData(200, "<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>", "Delivered")]
    [InlineData(400, "InvalidParameter|Invalid parameter: TopicArn", "Permanent/clientError")]
    [InlineData(400, "Throttling|Rate exceeded", "Retryable/rateLimited")]
    [InlineData(403, "SignatureDoesNotMatch|The request signature we calculated does not match", "Permanent/authError")]
    [InlineData(403, "InvalidClientTokenId|The security token included in the request is invalid", "Permanent/authError")]
    [InlineData(404, "NotFound|Topic does not exist", "Permanent/clientError")]
    [InlineData(429, "ThrottlingException|Rate exceeded", "Retryable/rateLimited")]
    [InlineData(500, "InternalError|Internal failure", "Retryable/serverError")]
    [InlineData(503, "<html>Service Unavailable</html>", "Retryable/serverError")]
    public async Task NotifyAsync_Status_Classified(int status, string answer, string expected)
    {
        var body = answer.Split('|') is [var code, var message] ? Error(status >= 500 ? "Receiver" : "Sender", code, message) : answer;
        Server.Enqueue(new ScriptedResponse(status, body, ContentType: "text/xml"));

        var result = await Harness.NotifyAsync(Config(), Samples.DiskFull());

        Assert.Equal(expected, Outcome.Of(result));
        Assert.Equal(status, result.StatusCode);
        if (answer.Split('|') is [var c, _])
        {
            Assert.StartsWith($"unexpected status code {status}: {c}: ", result.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(SecretKey, result.Error ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_Request_SignedFormPublishToTheEndpointPath()
    {
        await Harness.NotifyAsync(Config() with { TopicArn = "arn:aws:sns:us-east-1:123456789012:alerts.fifo" }, Samples.DiskFull());

        var request = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/"), (request.Method, request.Path));
        Assert.Equal(SnsPublishForm.ContentType, request.Headers["Content-Type"]);
        Assert.Matches(@"^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\d{8}/us-east-1/sns/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date, Signature=[0-9a-f]{64}$",
            request.Headers["Authorization"]);
        Assert.StartsWith("Action=Publish&Message=", request.Body, StringComparison.Ordinal);
        // FIFO topics get the group key's hash as deduplication and group id.
        Assert.Contains("MessageDeduplicationId=17c4e445d234645c9e547ff6d32a864af0ebdadcd1902771c24c8d366637ff41", request.Body, StringComparison.Ordinal);
        Assert.Contains("&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Aalerts.fifo&Version=2010-03-31", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_NoRegion_PermanentWithAlertmanagersMessage()
    {
        var result = await Harness.NotifyAsync(Config() with { SigV4 = new SnsSigV4 { AccessKey = new Secret("AKIDEXAMPLE"), SecretKey = new Secret(SecretKey) } },
            Samples.DiskFull());

        Assert.Equal("region not configured in sns.sigv4.region or in default credentials chain", Assert.IsType<Permanent>(result).Message);
        Assert.Empty(Server.Requests);
    }
}
