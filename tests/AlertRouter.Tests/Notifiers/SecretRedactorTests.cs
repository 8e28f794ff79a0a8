using System.Text;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.PagerDuty;
using AlertRouter.Notifiers.Webhook;

namespace AlertRouter.Tests.Notifiers;

public class SecretRedactorTests
{
    [Fact]
    public void Redact_WebhookUrl_HidesValuePathQueryUserinfoAndTokenSegments()
    {
        var config = new WebhookConfig { Url = new Secret("https://user:pa55word@hooks.example/services/T01/B02/abcdefghijklmnopqrst?token=tok123") };

        var text = SecretRedactor.Redact(
            "full https://user:pa55word@hooks.example/services/T01/B02/abcdefghijklmnopqrst?token=tok123 | path /services/T01/B02/abcdefghijklmnopqrst | seg abcdefghijklmnopqrst | q tok123 | pw pa55word | host hooks.example",
            config);

        Assert.Equal("full <secret> | path <secret> | seg <secret> | q <secret> | pw <secret> | host hooks.example", text);
    }

    [Fact]
    public void Redact_EscapedFormsAndBasicCredentials_AreHidden()
    {
        var config = new WebhookConfig
        {
            Url = new Secret("http://h/x"),
            Http = new HttpClientConfig { BasicAuthUsername = "me", BasicAuthPassword = new Secret("p&ss w<rd") },
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("me:p&ss w<rd"));

        var text = SecretRedactor.Redact($"raw p&ss w<rd, url p%26ss%20w%3Crd, query p%26ss+w%3Crd, json p\\u0026ss w\\u003crd, basic {basic}, upper P&SS W<RD", config);

        Assert.Equal("raw <secret>, url <secret>, query <secret>, json <secret>, basic <secret>, upper <secret>", text);
    }

    [Fact]
    public void Redact_TinySecret_LeftAloneRatherThanShreddingTheMessage()
    {
        var config = new PagerDutyConfig { RoutingKey = new Secret("ab"), Url = "http://pd" };

        Assert.Equal("about a cab", SecretRedactor.Redact("about a cab", config));
    }

    [Fact]
    public void Redact_Results_OnlyTheMessageChanges()
    {
        var config = new PagerDutyConfig { RoutingKey = new Secret("routing-key-123"), Url = "http://pd" };

        var result = SecretRedactor.Redact(new Retryable(FailureReason.ServerError, 500, "echo routing-key-123", TimeSpan.FromSeconds(3)), config);

        Assert.Equal(new Retryable(FailureReason.ServerError, 500, "echo <secret>", TimeSpan.FromSeconds(3)), result);
    }
}
