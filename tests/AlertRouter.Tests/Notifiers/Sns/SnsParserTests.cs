using AlertRouter.Notifiers.Sns;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Sns;

public class SnsParserTests
{
    private static string Receiver(string integration) => $"route: {{receiver: r}}\nreceivers:\n  - name: r\n    sns_configs: [{integration}]\n";

    [Fact]
    public void Load_TopicWithSigV4_SecretKeyRedacted()
    {
        var config = TestConfigs.LoadValid(Receiver("{topic_arn: 'arn:aws:sns:eu-west-1:1:t', subject: '', attributes: {team: db}, sigv4: {region: eu-west-1, access_key: AKID, secret_key: s3cr3t}}"));

        var sns = Assert.IsType<SnsConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal(("arn:aws:sns:eu-west-1:1:t", "eu-west-1", "AKID", "s3cr3t"), (sns.TopicArn, sns.SigV4.Region, sns.SigV4.AccessKey!.Reveal(), sns.SigV4.SecretKey!.Reveal()));
        Assert.Equal("", sns.Subject);
        Assert.Null(sns.Message);
        Assert.Equal([new KeyValuePair<string, string>("team", "db")], sns.Attributes);
        Assert.True(sns.SendResolved);
        Assert.DoesNotContain("s3cr3t", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{message: m}", true)]
    [InlineData("{topic_arn: a, phone_number: '+1'}", true)]
    [InlineData("{topic_arn: a}", false)]
    [InlineData("{phone_number: '+15555550100'}", false)]
    [InlineData("{topic_arn: a, phone_number: '+1', target_arn: b}", false)]
    public void Load_Destinations_AlertmanagersCheck(string integration, bool fails)
    {
        var result = TestConfigs.Load(Receiver(integration));

        Assert.Equal(fails, TestConfigs.Messages(result).Contains("must provide either a Target ARN, Topic ARN, or Phone Number for SNS config"));
    }
}
