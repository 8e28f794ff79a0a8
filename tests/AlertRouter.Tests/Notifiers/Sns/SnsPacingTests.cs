using AlertRouter.TestSupport;
using AlertRouter.Tests.Delivery;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>SNS is not paced, but a throttled topic holds every notification to it for the wait it names.</summary>
public class SnsPacingTests
{
    [Fact]
    public async Task RetryAfter_Throttling_HoldsEveryNotificationToThatTopic()
    {
        await using var app = await PipelineApp.StartAsync("""
            route: {receiver: sns, group_by: [alertname], group_wait: 0s, group_interval: 1h}
            receivers:
              - name: sns
                sns_configs: [{api_url: SINK, topic_arn: 'arn:aws:sns:us-east-1:1:t', sigv4: {region: us-east-1, access_key: AKID, secret_key: s3cr3t}}]
            """);
        var calls = 0;
        var sink = new ClockedSink(app, _ => Interlocked.Increment(ref calls) == 1
            ? new ScriptedResponse(400, "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "7" },
            }
            : new ScriptedResponse(200, "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>"));
        var start = app.Now;

        await app.PostGroupsAsync(2);
        await app.RunForAsync(TimeSpan.FromMinutes(1));

        var times = sink.TimesFor("/");
        Assert.Equal(3, times.Count);
        Assert.Equal(start, times[0]);
        Assert.All(times.Skip(1), t => Assert.Equal(start.AddSeconds(7), t));
    }
}
