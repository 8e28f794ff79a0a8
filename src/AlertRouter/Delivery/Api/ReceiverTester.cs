using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Delivery.Api;

/// <summary>
/// Sends a test notification through every integration of one receiver at once, with the real notifiers, templates
/// and resilience pipeline, bypassing grouping, dedup and the queue (Alertmanager #2845, #437). Shared by the API
/// and <c>receivers test</c>.
/// </summary>
internal sealed class ReceiverTester(LaneRegistry lanes, LaneSender sender, NotificationContexts contexts, TimeProvider time)
{
    /// <param name="templates">The templates of the config <paramref name="receiver"/> comes from.</param>
    public async Task<ReceiverTestResult> TestAsync(Receiver receiver, ReceiverTestRequest? request, MessageTemplates? templates, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var labels = LabelSet.From(request?.Labels is { Count: > 0 } given ? given : new Dictionary<string, string>
        {
            ["alertname"] = "AlertRouterTest",
            ["severity"] = "info",
        });
        var annotations = LabelSet.From(request?.Annotations is { Count: > 0 } notes ? notes : new Dictionary<string, string>
        {
            ["summary"] = $"Test notification from AlertRouter to receiver {receiver.Name}",
        });
        var alert = new Alert(labels, annotations, now, GoTime.Zero, "");
        var context = new NotificationContext(receiver.Name, $"{{}}/test:{labels}", labels, [alert], now, contexts.ExternalUrl)
        {
            IsTest = true,
            Templates = templates,
        };
        var results = await Task.WhenAll(receiver.Integrations.Select(i => TestOneAsync(receiver, i, context, ct)));
        return new ReceiverTestResult(receiver.Name, results.All(r => r.Outcome == "delivered"), results);
    }

    private async Task<IntegrationTestResult> TestOneAsync(Receiver receiver, IntegrationConfig integration, NotificationContext context, CancellationToken ct)
    {
        if (!integration.IsConfigured)
        {
            return new IntegrationTestResult(integration.Name, "unconfigured", null, 0, 0,
                $"unset environment variable(s): {string.Join(", ", integration.MissingVariables)}");
        }

        var started = time.GetTimestamp();
        var outcome = await sender.SendAsync(lanes.Get(receiver.Name, integration.Name), integration, context, 0, ct);
        var duration = time.GetElapsedTime(started).TotalMilliseconds;
        return outcome.Result switch
        {
            null => new IntegrationTestResult(integration.Name, "circuit_open", null, duration, 0, $"circuit open until {outcome.CircuitOpenUntil:O}"),
            Delivered d => new IntegrationTestResult(integration.Name, "delivered", d.StatusCode, duration, outcome.Attempts.Count, null),
            var failed => new IntegrationTestResult(integration.Name, failed is Retryable ? "failed_retryable" : "failed_permanent",
                failed.StatusCode, duration, outcome.Attempts.Count, failed.Error),
        };
    }
}
