using System.Globalization;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Waits until Alertmanager has answered every run of a phase (a captured notification, or a logged failure) and
/// every dataset's webhook has recorded its group, then keeps the rendering of each run and the template data of
/// each notification state.
/// </summary>
internal sealed class OracleCollector
{
    private readonly Dictionary<int, OracleRendering> _renderings = [];
    private readonly Dictionary<string, string> _data = new(StringComparer.Ordinal);

    public IReadOnlyList<OracleRendering> Renderings => [.. _renderings.OrderBy(r => r.Key).Select(r => r.Value)];

    public IReadOnlyDictionary<string, string> Data => _data;

    public async Task WaitAsync(string phase, IReadOnlyList<OracleRun> runs, IReadOnlyList<OracleDataset> datasets, CaptureServer capture,
        SmtpServer smtp, AlertmanagerProcess am, int fromLogLine, TimeSpan timeout)
    {
        var used = datasets.Where(d => runs.Any(r => r.Dataset == d.Name)).ToList();
        var snapshot = await PollAsync(runs, used, phase, capture, smtp, am, fromLogLine, timeout,
            (s, run) => s.Captures(run).Count > 0 || s.Failures.ContainsKey(run.Receiver), webhooks: 1);
        foreach (var dataset in used)
        {
            var payload = snapshot.Webhooks(phase, dataset.Name)[0].Body;
            using var doc = System.Text.Json.JsonDocument.Parse(payload);
            if (doc.RootElement.GetProperty("alerts").GetArrayLength() != dataset.Alerts.Count)
            {
                // A group flushed before all alerts of the post reached it (see alerts.yaml); the renderings would disagree.
                throw new InvalidOperationException($"phase {phase}: dataset {dataset.Name} was notified with a partial group: {payload}");
            }

            _data[Key(phase, dataset, firingOfResolving: dataset.ResolvesLater)] = payload;
        }

        foreach (var run in runs)
        {
            var key = Key(phase, datasets.Single(d => d.Name == run.Dataset), firingOfResolving: true);
            _renderings[run.Index] = snapshot.Rendering(run, key, snapshot.Captures(run).FirstOrDefault());
        }
    }

    /// <summary>After the resolving datasets' alerts were resolved: each run that notified while firing notifies again.</summary>
    public async Task WaitForResolvedAsync(string phase, IReadOnlyList<OracleRun> runs, IReadOnlyList<OracleDataset> resolving,
        CaptureServer capture, SmtpServer smtp, AlertmanagerProcess am, int fromLogLine, TimeSpan timeout)
    {
        var notified = runs.Where(r => _renderings[r.Index].Error is null).ToList();
        var snapshot = await PollAsync(notified, resolving, phase, capture, smtp, am, fromLogLine, timeout,
            (s, run) => s.Captures(run).Count > 1 || s.Failures.ContainsKey(run.Receiver), webhooks: 2);
        foreach (var dataset in resolving)
        {
            _data[Key(phase, dataset, firingOfResolving: false)] = snapshot.Webhooks(phase, dataset.Name)[1].Body;
        }

        foreach (var run in notified)
        {
            var captures = snapshot.Captures(run);
            _renderings[run.Index] = snapshot.Rendering(run, Key(phase, resolving.Single(d => d.Name == run.Dataset), false),
                captures.Count > 1 ? captures[1] : null);
        }
    }

    /// <summary>phase:dataset, with #firing for the firing notification of a dataset that resolves later.</summary>
    private static string Key(string phase, OracleDataset dataset, bool firingOfResolving) =>
        $"{phase}:{dataset.Name}{(firingOfResolving && dataset.ResolvesLater ? "#firing" : "")}";

    private static async Task<OracleSnapshot> PollAsync(IReadOnlyList<OracleRun> runs, IReadOnlyList<OracleDataset> datasets, string phase,
        CaptureServer capture, SmtpServer smtp, AlertmanagerProcess am, int fromLogLine, TimeSpan timeout,
        Func<OracleSnapshot, OracleRun, bool> answered, int webhooks)
    {
        var receivers = runs.Select(r => r.Receiver).ToList();
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var snapshot = new OracleSnapshot(capture.Requests, smtp.Messages,
                AlertmanagerFailures.Read(am.Output, receivers, fromLogLine).GroupBy(f => f.Receiver).ToDictionary(g => g.Key, g => g.First().Error, StringComparer.Ordinal));
            var waiting = runs.Where(r => !answered(snapshot, r)).ToList();
            var quiet = datasets.Where(d => snapshot.Webhooks(phase, d.Name).Count < webhooks).ToList();
            if (waiting.Count == 0 && quiet.Count == 0)
            {
                return snapshot;
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                    $"phase {phase}: no answer within {timeout} for {waiting.Count} run(s): {string.Join(", ", waiting.Take(20))}; " +
                    $"webhooks missing for {string.Join(", ", quiet.Select(d => d.Name))}\n--- alertmanager ---\n{am.Output}\n--- smtp ---\n{smtp.Output}"));
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
