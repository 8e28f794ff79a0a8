using System.Text.Json;
using AlertRouter.Intake;
using AlertRouter.Model;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Intake;

public class WebhookValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Alert> Validate(string json) =>
        WebhookValidator.Validate(JsonSerializer.Deserialize(json, IntakeJsonContext.Default.WebhookMessage), Now, 1000);

    [Fact]
    public void Validate_FiringSample_KeepsNanosecondStartAndZeroEnd()
    {
        var alerts = Validate(AlertmanagerSamples.Read("am-webhook-firing.json"));

        Assert.Equal(2, alerts.Count);
        Assert.Equal("2026-11-21T10:54:56.8467748Z", GoTime.Format(alerts[0].StartsAt));
        Assert.True(GoTime.IsZero(alerts[0].EndsAt));
        Assert.False(alerts[0].IsResolvedAt(Now));
        Assert.Equal("fbac104c4e528143", alerts[0].Fingerprint.ToString());
    }

    [Fact]
    public void Validate_MixedSample_OneFiringOneResolved()
    {
        var alerts = Validate(AlertmanagerSamples.Read("am-webhook-mixed.json"));

        Assert.False(alerts[0].IsResolvedAt(Now));
        Assert.True(alerts[1].IsResolvedAt(Now));
    }

    [Fact]
    public void Validate_EmptyLabelValues_AreDroppedAsAlertmanagerDoes()
    {
        var alerts = Validate("""{"version":"4","alerts":[{"labels":{"alertname":"A","empty":""}}]}""");

        Assert.Equal("{alertname=\"A\"}", alerts[0].Labels.ToString());
    }

    [Fact]
    public void Validate_MissingStartsAt_BecomesEndsAtOrNow()
    {
        var alerts = Validate("""{"version":"4","alerts":[{"labels":{"a":"1"}},{"labels":{"a":"2"},"endsAt":"2026-11-21T10:00:00Z"}]}""");

        Assert.Equal(Now, alerts[0].StartsAt);
        Assert.Equal(alerts[1].EndsAt, alerts[1].StartsAt);
    }

    [Fact]
    public void Validate_ResolvedStatusWithoutEnd_EndsNow()
    {
        var alerts = Validate("""{"version":"4","alerts":[{"status":"resolved","labels":{"a":"1"},"startsAt":"2026-11-21T10:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}""");

        Assert.Equal(Now, alerts[0].EndsAt);
        Assert.True(alerts[0].IsResolvedAt(Now));
    }

    [Fact]
    public void Validate_FiringStatusWithPastEnd_IsResolvedByEndsAt()
    {
        var alerts = Validate("""{"version":"4","alerts":[{"status":"firing","labels":{"a":"1"},"startsAt":"2026-11-21T10:00:00Z","endsAt":"2026-11-21T10:30:00Z"}]}""");

        Assert.True(alerts[0].IsResolvedAt(Now));
    }

    [Fact]
    public void Validate_SenderFingerprint_IsNotTrusted()
    {
        var alerts = Validate("""{"version":"4","alerts":[{"labels":{"alertname":"Throttle"},"fingerprint":"ffffffffffffffff"}]}""");

        Assert.Equal("04497343376fff40", alerts[0].Fingerprint.ToString());
    }

    [Theory]
    [InlineData("""{"version":"4","alerts":[{"labels":{}}]}""", "alerts[0].labels")]
    [InlineData("""{"version":"4","alerts":[{"labels":{"a":"1"}},{"labels":{"b":"1"},"startsAt":"soon"}]}""", "alerts[1].startsAt")]
    [InlineData("""{"version":"4","alerts":[{"labels":{"a":"1"},"startsAt":"2026-11-21T10:00:00Z","endsAt":"2026-11-21T09:00:00Z"}]}""", "alerts[0].endsAt")]
    [InlineData("""{"version":"4","alerts":[{"labels":{"a":null}}]}""", "alerts[0].labels.a")]
    [InlineData("""{"version":"4","alerts":[{"status":"pending","labels":{"a":"1"}}]}""", "alerts[0].status")]
    [InlineData("""{"version":"4","alerts":[]}""", "alerts")]
    [InlineData("""{"alerts":[{"labels":{"a":"1"}}]}""", "version")]
    public void Validate_BadField_NamesTheField(string json, string field)
    {
        var error = Assert.Throws<WebhookValidationException>(() => Validate(json));

        Assert.Equal(field, error.Field);
    }
}
