using System.Globalization;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>What the capture servers and Alertmanager's log held at one moment, indexed by run.</summary>
internal sealed class OracleSnapshot(IReadOnlyList<CapturedRequest> requests, IReadOnlyList<SmtpMessage> messages, IReadOnlyDictionary<string, string> failures)
{
    private readonly ILookup<string, CapturedRequest> _byPath = requests.ToLookup(r => r.Path, StringComparer.Ordinal);
    private readonly ILookup<string, SmtpMessage> _byRun = messages.ToLookup(m => m.Header("X-Oracle-Run") ?? "", StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Failures { get; } = failures;

    public IReadOnlyList<CapturedRequest> Webhooks(string phase, string dataset) =>
        [.. _byPath[OracleConfig.WebhookPath(phase, dataset)].OrderBy(r => r.ReceivedAt)];

    /// <summary>The raw notifications of a run in arrival order: request bodies, or whole messages for email.</summary>
    public IReadOnlyList<string> Captures(OracleRun run)
    {
        var index = run.Index.ToString(CultureInfo.InvariantCulture);
        return run.Integration == "email"
            ? [.. _byRun[index].Select(m => m.Raw)]
            : [.. _byPath["/r/" + index].OrderBy(r => r.ReceivedAt).Select(r => r.Body)];
    }

    public OracleRendering Rendering(OracleRun run, string dataKey, string? captured)
    {
        if (captured is null)
        {
            return new OracleRendering(run, dataKey, null,
                Failures.GetValueOrDefault(run.Receiver) ?? throw new InvalidOperationException($"{run}: neither sent nor failed"), null);
        }

        var fields = run.Integration switch
        {
            "slack" => NotificationFields.Slack(captured),
            "pagerduty" => NotificationFields.PagerDuty(captured),
            _ => NotificationFields.Email(captured),
        };
        return new OracleRendering(run, dataKey, fields, null, captured);
    }
}
