using System.Diagnostics;
using System.Net.Http.Headers;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// One real Alertmanager 0.25 run that renders the whole template corpus (plus the malformed set and a fixed-seed
/// sample of generated templates) exactly as it renders notifications: Slack and PagerDuty post to a
/// <see cref="CaptureServer"/>, email goes to an aiosmtpd <see cref="SmtpServer"/>. Phase "main" runs every inline
/// case (the resolved dataset's alerts are resolved after their firing notification, so those receivers get a
/// resolved one too); phase "files" reloads Alertmanager with the <c>templates:</c> glob and runs the cases that use
/// the files, because their overrides of default names would change every other case.
/// </summary>
public sealed class AlertmanagerOracle : IAsyncLifetime
{
    public const ulong FuzzSeed = 20250425;
    public const int FuzzCount = 50;
    private const string FuzzDataset = "fuzz";
    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromSeconds(90);

    private readonly OracleCollector _collector = new();
    private readonly Dictionary<string, string> _configs = new(StringComparer.Ordinal);
    private readonly List<(string Step, TimeSpan At)> _steps = [];

    internal IReadOnlyList<OracleDataset> Datasets { get; private set; } = [];

    internal IReadOnlyList<OracleRun> Runs { get; private set; } = [];

    internal IReadOnlyList<OracleRendering> Renderings => _collector.Renderings;

    /// <summary>The webhook payload (template data) of each notification state, by data key (phase:dataset[#firing]).</summary>
    internal IReadOnlyDictionary<string, string> Data => _collector.Data;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>The alertmanager.yml of each phase, for a later comparison that loads the same receivers elsewhere.</summary>
    internal IReadOnlyDictionary<string, string> Configs => _configs;

    /// <summary>Time from the start of the run to the end of each step (start, main, resolved, files).</summary>
    internal IReadOnlyList<(string Step, TimeSpan At)> Steps => _steps;

    public string Log { get; private set; } = "";

    internal static IReadOnlyList<TemplateCase> FuzzCases() =>
        [.. TemplateGrammar.Sample(FuzzSeed, FuzzCount).Select((t, i) => new TemplateCase(
            $"fuzz-{i:D2}", "fuzz", "a generated template", "email.subject", t, [FuzzDataset], Expected: null))];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Datasets = [.. TemplateCorpus.Datasets(), FuzzAlerts.Sample(FuzzDataset, FuzzSeed)];
        Runs = [.. TemplateCorpus.Cases().Concat(TemplateCorpus.Malformed()).Concat(FuzzCases())
            .SelectMany(c => c.Datasets.Select(d => (Case: c, Dataset: d)))
            .Select((x, i) => new OracleRun(i, x.Case, x.Dataset))];
        var main = Runs.Where(r => !r.Case.UsesFiles).ToList();
        var files = Runs.Where(r => r.Case.UsesFiles).ToList();

        var starting = (Capture: CaptureServer.StartAsync(), Smtp: SmtpServer.StartAsync(starttls: false));
        await using var capture = await starting.Capture;
        await using var smtp = await starting.Smtp;
        _configs["main"] = OracleConfig.Build("main", main, Datasets, capture.Url, smtp.Smarthost, templatesGlob: null);
        await using var am = await AlertmanagerProcess.StartAsync(_configs["main"], TemplateCorpus.ExternalUrl);
        _steps.Add(("start", clock.Elapsed));
        using var http = new HttpClient { BaseAddress = new Uri(am.Url), Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            var started = OracleTime.BaseSecond(DateTimeOffset.UtcNow);
            await PostAsync(http, "/api/v2/alerts", OracleAlertPayload.Build(Datasets, started));
            await _collector.WaitAsync("main", main, Datasets, capture, smtp, am, fromLogLine: 0, PhaseTimeout);
            _steps.Add(("main", clock.Elapsed));

            var resolving = Datasets.Where(d => d.ResolvesLater).ToList();
            var logLine = AlertmanagerFailures.LineCount(am.Output);
            await PostAsync(http, "/api/v2/alerts", OracleAlertPayload.Build(resolving, OracleTime.BaseSecond(DateTimeOffset.UtcNow), started));
            await _collector.WaitForResolvedAsync("main", main.Where(r => resolving.Any(d => d.Name == r.Dataset)).ToList(), resolving,
                capture, smtp, am, logLine, PhaseTimeout);
            _steps.Add(("resolved", clock.Elapsed));

            var templates = Path.Combine(am.ConfigDirectory, "templates");
            Directory.CreateDirectory(templates);
            foreach (var file in TemplateCorpus.Files())
            {
                File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
            }

            _configs["files"] = OracleConfig.Build("files", files, Datasets, capture.Url, smtp.Smarthost, Path.Combine(templates, "*.tmpl"));
            await File.WriteAllTextAsync(Path.Combine(am.ConfigDirectory, "alertmanager.yml"), _configs["files"]);
            logLine = AlertmanagerFailures.LineCount(am.Output);
            await PostAsync(http, "/-/reload", []);
            await PostAsync(http, "/api/v2/alerts", OracleAlertPayload.Build(Datasets.Where(d => files.Any(r => r.Dataset == d.Name)),
                OracleTime.BaseSecond(DateTimeOffset.UtcNow), labelSuffix: OracleConfig.LabelSuffix("files")));
            await _collector.WaitAsync("files", files, Datasets, capture, smtp, am, logLine, PhaseTimeout);
            _steps.Add(("files", clock.Elapsed));
        }
        finally
        {
            Log = am.Output;
        }

        Elapsed = clock.Elapsed;
        OracleOutput.WriteIfRequested(this);
    }

    private static async Task PostAsync(HttpClient http, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
