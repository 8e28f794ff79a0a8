namespace AlertRouter.Ui;

/// <summary>The pages under <c>/ui/</c>: path segment (empty for the overview), title, and the script that draws it.</summary>
internal static class UiPages
{
    public static readonly IReadOnlyList<UiPage> All =
    [
        new("overview", "", "Overview"),
        new("alerts", "alerts", "Alerts and groups"),
        new("deliveries", "deliveries", "Deliveries"),
        new("routing", "routing", "Routing"),
        new("receivers", "receivers", "Receivers"),
    ];
}
