using System.Globalization;
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
    [InlineData("eu-west-1", "https://sns.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://sns.cn-north-1.amazonaws.com.cn/")]
    public void DefaultEndpoint_Region_IsTheRegionalSnsHost(string region, string expected)
    {
        Assert.Equal(expected, SnsPublishRequest.DefaultEndpoint(region).ToString());
    }
}
