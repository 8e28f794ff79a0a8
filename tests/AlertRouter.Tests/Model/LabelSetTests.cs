using AlertRouter.Model;

namespace AlertRouter.Tests.Model;

public class LabelSetTests
{
    [Theory]
    [InlineData("04497343376fff40", "alertname", "Throttle")]
    public void Fingerprint_SingleLabel_MatchesAlertmanager(string expected, string name, string value)
    {
        Assert.Equal(expected, LabelSet.Of((name, value)).Fingerprint.ToString());
    }

    [Fact]
    public void Fingerprint_IsOrderIndependent_AndMatchesAlertmanager()
    {
        var labels = LabelSet.Of(("severity", "critical"), ("instance", "i-1"), ("alertname", "Disk"));

        Assert.Equal("c60941dd14bc62f1", labels.Fingerprint.ToString());
    }

    [Fact]
    public void ToString_QuotesValuesLikeGo()
    {
        var labels = LabelSet.Of(("service", "check\"out"), ("alertname", "HighLatency"));

        Assert.Equal("{alertname=\"HighLatency\", service=\"check\\\"out\"}", labels.ToString());
    }

    [Fact]
    public void Get_MissingLabel_IsEmptyString()
    {
        Assert.Equal("", LabelSet.Of(("a", "1")).Get("b"));
    }

    [Fact]
    public void Restrict_KeepsOnlyNamedLabelsThatExist()
    {
        var labels = LabelSet.Of(("a", "1"), ("b", "2"), ("c", "3"));

        Assert.Equal("{a=\"1\", c=\"3\"}", labels.Restrict(["c", "a", "zz"]).ToString());
    }
}
