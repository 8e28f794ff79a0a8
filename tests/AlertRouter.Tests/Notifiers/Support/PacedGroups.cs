using System.Globalization;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>Alert groups for the pacing tests: one group per alert name, all routed to the same receiver.</summary>
internal static class PacedGroups
{
    public static Task PostGroupsAsync(this PipelineApp app, int count, string team = "ops") =>
        app.PostAsync([.. Enumerable.Range(0, count)
            .Select(i => WebhookAlertSpec.Of(("alertname", "Paced" + i.ToString("D3", CultureInfo.InvariantCulture)), ("team", team)))]);
}
