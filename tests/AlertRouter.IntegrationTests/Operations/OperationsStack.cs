using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Operations;

/// <summary>
/// The whole monitoring path on loopback ports: Prometheus 2.42 (1 s scrape and evaluation, the shipped AlertRouter
/// rules plus a rule that fires while a tiny target says so) → Alertmanager 0.25 → AlertRouter (in-process, real
/// sockets) → fake Slack (bot API) and PagerDuty endpoints and a real aiosmtpd with STARTTLS and AUTH.
/// </summary>
internal sealed class OperationsStack : IAsyncDisposable
{
    public const string Token = "e2e-intake-token";
    public const string RoutingKey = "e2e-routing-key-0123456789abcdef";
    public const string SlackToken = "xoxb-e2e-slack-token";
    public const string SlackChannelId = "C0E2E";
    public const string SlackTs = "1700000000.000100";
    public const string SmtpUser = "alertrouter";
    public const string SmtpPassword = "e2e-Sm7p-Pa55word";
    public const string TestAlert = "E2EPipelineCheck";
    public const string TestRunbook = "https://runbooks.example/e2e-pipeline";

    private readonly Lock _gate = new();
    private readonly HashSet<CapturedRequest> _rateLimited = [];
    private int _slackRateLimitsLeft;
    private int _trigger;
    private volatile bool _pagerDutyFails;

    private OperationsStack(CaptureServer slack, CaptureServer pagerDuty, CaptureServer target, SmtpServer smtp)
    {
        Slack = slack;
        PagerDuty = pagerDuty;
        Target = target;
        Smtp = smtp;
        Slack.Responder = AnswerSlack;
        PagerDuty.Responder = _ => PagerDutyFails
            ? ScriptedResponse.Json(500, """{"status":"error","message":"internal error"}""")
            : ScriptedResponse.Json(202, """{"status":"success","message":"Event processed","dedup_key":"ok"}""");
        Target.Responder = _ => new ScriptedResponse(200, $"# TYPE e2e_trigger gauge\ne2e_trigger {Volatile.Read(ref _trigger)}\n",
            ContentType: "text/plain; version=0.0.4");
    }

    public CaptureServer Slack { get; }

    public CaptureServer PagerDuty { get; }

    /// <summary>The scrape target whose <c>e2e_trigger</c> gauge makes the test rule fire (1) or resolve (0).</summary>
    public CaptureServer Target { get; }

    public SmtpServer Smtp { get; }

    public TestApp Router { get; private set; } = null!;

    public AlertmanagerProcess Alertmanager { get; private set; } = null!;

    public PrometheusProcess Prometheus { get; private set; } = null!;

    public bool Firing
    {
        set => Volatile.Write(ref _trigger, value ? 1 : 0);
    }

    /// <summary>While true, PagerDuty answers 500.</summary>
    public bool PagerDutyFails
    {
        get => _pagerDutyFails;
        set => _pagerDutyFails = value;
    }

    /// <summary>Slack requests answered 429 with Retry-After: 1.</summary>
    public IReadOnlyList<CapturedRequest> RateLimitedSlackRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. Slack.Requests.Where(_rateLimited.Contains)];
            }
        }
    }

    /// <summary>The next <paramref name="count"/> Slack requests get 429 with Retry-After: 1.</summary>
    public void RateLimitSlack(int count)
    {
        lock (_gate)
        {
            _slackRateLimitsLeft = count;
        }
    }

    public static async Task<OperationsStack> StartAsync()
    {
        var servers = await Task.WhenAll(CaptureServer.StartAsync(), CaptureServer.StartAsync(), CaptureServer.StartAsync());
        var stack = new OperationsStack(servers[0], servers[1], servers[2], await SmtpServer.StartAsync(starttls: true, SmtpUser, SmtpPassword));
        try
        {
            stack.Router = await TestApp.StartAsync(OperationsStackConfig.Router(stack.Slack.Url, stack.PagerDuty.Url, stack.Smtp.Smarthost), new Dictionary<string, string>
            {
                ["Intake:BearerToken"] = Token,
                ["Delivery:InitialBackoff"] = "00:00:01",
                ["Delivery:MaxBackoff"] = "00:00:02",
                ["Delivery:AttemptTimeout"] = "00:00:05",
                ["Delivery:CircuitFailureRatio"] = "0.75",
                ["Delivery:CircuitMinimumThroughput"] = "2",
                ["Delivery:CircuitSamplingDuration"] = "00:00:30",
                ["Delivery:CircuitBreakDuration"] = "00:00:10",
            });
            stack.Alertmanager = await AlertmanagerProcess.StartAsync(OperationsStackConfig.Alertmanager(stack.Router.ApiUrl));
            stack.Prometheus = await PrometheusProcess.StartAsync(
                OperationsStackConfig.Prometheus(stack.Alertmanager.Url, stack.Router.OpsUrl, stack.Target.Url), new Dictionary<string, string>
            {
                ["alertrouter.rules.yml"] = OperationsStackConfig.ShippedRulesWithoutForDelays(),
                ["e2e.rules.yml"] = OperationsStackConfig.TestRules,
            }, ["--rules.alert.resend-delay=5s"]);
            await stack.WaitUntilScrapedAsync();
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>When Prometheus had scraped every target and AlertRouterDown was not active (see <see cref="WaitUntilScrapedAsync"/>).</summary>
    public DateTimeOffset ReadyAt { get; private set; }

    // Prometheus applies new scrape targets at most every 5 s, so for its first seconds up{job="alertrouter"} is absent
    // and AlertRouterDown (absent branch, for: 2s in the test copy) fires. The test starts once that is over.
    private async Task WaitUntilScrapedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var up = await Prometheus.QueryAsync("count(up == 1) == 3 and on () absent(ALERTS{alertname=\"AlertRouterDown\"})");
            if (up.GetProperty("data").GetProperty("result").GetArrayLength() > 0)
            {
                ReadyAt = DateTimeOffset.UtcNow;
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Prometheus did not scrape every target within 30 s:\n{await DiagnosticsAsync()}");
            }

            await Task.Delay(200);
        }
    }

    private ScriptedResponse AnswerSlack(CapturedRequest request)
    {
        lock (_gate)
        {
            if (_slackRateLimitsLeft > 0)
            {
                _slackRateLimitsLeft--;
                _rateLimited.Add(request);
                return ScriptedResponse.TooManyRequests(1);
            }
        }

        return ScriptedResponse.Json(200, $$"""{"ok":true,"channel":"{{SlackChannelId}}","ts":"{{SlackTs}}"}""");
    }

    /// <summary>What each component holds now, for failure messages.</summary>
    public async Task<string> DiagnosticsAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        async Task<string> Get(string url)
        {
            try
            {
                return await http.GetStringAsync(url);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return e.Message;
            }
        }

        return $"""
            Prometheus alerts: {await Get($"{Prometheus.Url}/api/v1/alerts")}
            Prometheus targets: {await Get($"{Prometheus.Url}/api/v1/targets?state=active")}
            Failed scrapes: {await Get($"{Prometheus.Url}/api/v1/query?query={Uri.EscapeDataString("count_over_time(up[5m]) - sum_over_time(up[5m])")}")}
            Alertmanager alerts: {await Get($"{Alertmanager.Url}/api/v2/alerts")}
            AlertRouter alerts: {await Get($"{Router.ApiUrl}/api/v1/alerts")}
            AlertRouter notifications: {await Get($"{Router.ApiUrl}/api/v1/notifications?receiver=oncall")}
            """;
    }

    public async ValueTask DisposeAsync()
    {
        if (Prometheus is not null)
        {
            await Prometheus.DisposeAsync();
        }

        if (Alertmanager is not null)
        {
            await Alertmanager.DisposeAsync();
        }

        if (Router is not null)
        {
            await Router.DisposeAsync();
        }

        await Smtp.DisposeAsync();
        await Slack.DisposeAsync();
        await PagerDuty.DisposeAsync();
        await Target.DisposeAsync();
    }
}
