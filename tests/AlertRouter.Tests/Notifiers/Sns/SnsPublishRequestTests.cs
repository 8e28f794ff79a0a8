using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

public class SnsPublishRequestTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("templated")]
    [InlineData("truncation")]
    public async Task Create_RecordedAlertmanager025Publish_SignsAndSendsTheSameRequest(string variant)
    {
        var recorded = RecordedRequest.Load($"sns-{variant}-firing.http");
        var time = DateTimeOffset.ParseExact(recorded.Header("X-Amz-Date"), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var endpoint = new Uri($"http://{recorded.Header("Host")}/");

        using var request = SnsPublishRequest.Create(endpoint, SnsRecordedInputs.For(variant, recorded), SnsRecordedInputs.Credentials, "us-east-1", time);

        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(recorded.Target, request.RequestUri!.PathAndQuery);
        Assert.Equal(recorded.Header("Host"), request.Headers.Host);
        Assert.Equal(recorded.Header("Content-Type"), request.Content!.Headers.ContentType!.ToString());
        Assert.Equal(recorded.Header("X-Amz-Date"), request.Headers.GetValues("X-Amz-Date").Single());
        Assert.Equal(recorded.Header("Authorization"), request.Headers.GetValues("Authorization").Single());
        Assert.Equal(recorded.Body, await request.Content.ReadAsByteArrayAsync(CancellationToken.None));
    }

    [Fact]
    public void Create_SessionCredentials_SignsAndSendsTheToken()
    {
        var input = SnsPublishInput.Create("arn:aws:sns:us-east-1:1:t", null, null, null, "m", new Dictionary<string, string>(), "h");
        var credentials = new AwsCredentials("AKIDEXAMPLE", "secret", "session-token");

        using var request = SnsPublishRequest.Create(SnsPublishRequest.DefaultEndpoint("us-east-1"), input, credentials, "us-east-1", DateTimeOffset.UnixEpoch);

        Assert.Equal("session-token", request.Headers.GetValues("X-Amz-Security-Token").Single());
        Assert.Contains("SignedHeaders=content-length;content-type;host;x-amz-date;x-amz-security-token,",
            request.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
        Assert.Equal("sns.us-east-1.amazonaws.com", request.Headers.Host);
    }

    [Theory]
    [InlineData("default", null)]
    [InlineData("templated", "FwoGZXIvYXdzEXAMPLE//token+with/slashes==")]
    [InlineData("truncation", "FwoGZXIvYXdzEXAMPLE//token+with/slashes==")]
    public async Task Create_PublishAsSent_BotocoreSignsItTheSame(string variant, string? sessionToken)
    {
        var recorded = RecordedRequest.Load($"sns-{variant}-firing.http");
        var credentials = SnsRecordedInputs.Credentials with { SessionToken = sessionToken };
        var time = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

        using var request = SnsPublishRequest.Create(SnsPublishRequest.DefaultEndpoint("eu-west-1"), SnsRecordedInputs.For(variant, recorded), credentials, "eu-west-1", time);

        // The request as HttpClient puts it on the wire, before the headers signing added.
        var body = await request.Content!.ReadAsByteArrayAsync(CancellationToken.None);
        var sent = new JsonObject
        {
            ["method"] = request.Method.Method,
            ["url"] = request.RequestUri!.ToString(),
            ["headers"] = new JsonArray(
                new JsonArray("Content-Length", request.Content.Headers.ContentLength!.Value.ToString(CultureInfo.InvariantCulture)),
                new JsonArray("Content-Type", request.Content.Headers.ContentType!.ToString()),
                new JsonArray("Host", request.Headers.Host)),
            ["body"] = Encoding.UTF8.GetString(body),
            ["credentials"] = new JsonObject
            {
                ["access_key_id"] = credentials.AccessKeyId,
                ["secret_access_key"] = credentials.SecretAccessKey,
                ["session_token"] = credentials.SessionToken,
            },
            ["region"] = "eu-west-1",
            ["service"] = "sns",
            ["time"] = time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        var expected = (await Botocore.SignAsync([sent])).Single();

        foreach (var added in expected.AddedHeaders)
        {
            Assert.Equal(added[1], request.Headers.GetValues(added[0]).Single());
        }

        Assert.Equal(sessionToken is null ? 2 : 3, expected.AddedHeaders.Count);
    }

    [Theory]
    [InlineData("eu-west-1", "https://sns.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://sns.cn-north-1.amazonaws.com.cn/")]
    public void DefaultEndpoint_Region_IsTheRegionalSnsHost(string region, string expected)
    {
        Assert.Equal(expected, SnsPublishRequest.DefaultEndpoint(region).ToString());
    }
}
