using AlertRouter.Model;
using AlertRouter.Templating.Alertmanager;
using AlertRouter.Templating.Exec;

namespace AlertRouter.Tests.Templating;

/// <summary>The data the Go 1.19 corpus was rendered with (the same alerts, built through AlertRouter's model).</summary>
internal static class TemplateSamples
{
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2023, 1, 2, 3, 4, 5, TimeSpan.Zero).AddMilliseconds(600);

    public static TemplateData Data()
    {
        var a1 = new TemplateAlert("firing",
            LabelSet.Of(("alertname", "HighLatency"), ("severity", "page"), ("instance", "a:9090"), ("job", "api")),
            LabelSet.Of(("summary", "Latency <high> & \"bad\""), ("description", "p99 > 1s")),
            T0, GoTime.Zero, "http://prom:9090/graph?g0.expr=up", "abc123");
        var a2 = new TemplateAlert("resolved",
            LabelSet.Of(("alertname", "HighLatency"), ("severity", "warning"), ("instance", "b:9090"), ("job", "api")),
            LabelSet.Of(("summary", "ok")),
            T0.AddHours(-1), T0, "javascript:alert(1)", "def456");
        return TemplateData.Create("team-x", LabelSet.Of(("alertname", "HighLatency")), [a1, a2], "http://am.example:9093");
    }

    /// <summary>map[string]interface{}{"a": 1, "s": "str", "f": 1.5, "l": []string{"x", "y"}, "n": nil}.</summary>
    public static GoValue Map() => GoValue.FromObject(GoType.AnyMap, new GoDictMap(new Dictionary<string, GoValue>(StringComparer.Ordinal)
    {
        ["a"] = GoValue.FromInt(1),
        ["s"] = GoValue.String("str"),
        ["f"] = GoValue.FromFloat(1.5),
        ["l"] = GoValue.FromObject(GoType.StringSlice, new GoStringSlice(["x", "y"])),
        ["n"] = GoValue.NilInterface,
    }));

    public static GoValue Of(string kind) => kind switch
    {
        "map" => Map(),
        "nil" => GoValue.Invalid,
        _ => AlertmanagerTypes.Of(Data()),
    };
}
