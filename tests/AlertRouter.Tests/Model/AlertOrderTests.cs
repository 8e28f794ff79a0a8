using AlertRouter.Model;

namespace AlertRouter.Tests.Model;

public class AlertOrderTests
{
    private static Alert A(params (string, string)[] labels) => new(LabelSet.Of(labels), LabelSet.Empty, GoTime.Zero, GoTime.Zero, "");

    // LabelSet.Before: a set lacking the first name of the sorted union comes first, so {alertname,b} < {a,alertname}.
    [Fact]
    public void Compare_JobThenInstanceThenLabelSet_AsAlertmanagerSorts()
    {
        var alerts = new[]
        {
            A(("alertname", "x"), ("b", "2")),
            A(("alertname", "x")),
            A(("alertname", "x"), ("instance", "b")),
            A(("alertname", "x"), ("instance", "a")),
            A(("alertname", "x"), ("job", "z")),
            A(("alertname", "x"), ("a", "1")),
        };

        var sorted = alerts.Order(AlertOrder.Instance).Select(a => a.Labels.ToString()).ToList();

        Assert.Equal(
        [
            "{alertname=\"x\", job=\"z\"}",
            "{alertname=\"x\", instance=\"a\"}",
            "{alertname=\"x\", instance=\"b\"}",
            "{alertname=\"x\"}",
            "{alertname=\"x\", b=\"2\"}",
            "{a=\"1\", alertname=\"x\"}",
        ], sorted);
    }
}
