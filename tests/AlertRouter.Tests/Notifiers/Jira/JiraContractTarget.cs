using System.Collections.Concurrent;
using AlertRouter.TestSupport;
using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Jira;

/// <summary>
/// A Jira site for the contract: a delivery attempt is a search (then a create), so the scripted failures answer
/// searches and only searches count as attempts; a search otherwise finds nothing and a create is accepted.
/// </summary>
internal sealed class JiraContractTarget : ContractTarget
{
    private readonly CaptureServer _server;
    private readonly ConcurrentQueue<Func<CapturedRequest, ScriptedResponse>> _answers = new();
    private readonly ConcurrentQueue<DateTimeOffset> _times = new();

    private JiraContractTarget(CaptureServer server)
    {
        _server = server;
        server.Responder = request =>
        {
            if (!IsSearch(request))
            {
                return ScriptedResponse.Json(201, """{"id":"10001","key":"OPS-1"}""");
            }

            _times.Enqueue(Clock.GetUtcNow());
            return _answers.TryDequeue(out var answer) ? answer(request) : ScriptedResponse.Json(200, """{"issues":[]}""");
        };
    }

    public override string Address => _server.Url.TrimEnd('/');

    public override int Attempts => _server.Requests.Count(IsSearch);

    public override string Received => string.Join("\n", _server.Requests.Select(Echo));

    public override IReadOnlyList<DateTimeOffset> Times => [.. _times];

    public static async Task<ContractTarget> StartAsync() => new JiraContractTarget(await CaptureServer.StartAsync());

    public override void Fail(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(_ => new ScriptedResponse(status, $"status {status}"));
        }
    }

    public override void FailEchoing(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(request => new ScriptedResponse(status, Echo(request)));
        }
    }

    public override void RateLimit(int seconds) => _answers.Enqueue(_ => ScriptedResponse.TooManyRequests(seconds));

    public override ValueTask DisposeAsync() => _server.DisposeAsync();

    private static bool IsSearch(CapturedRequest r) => r.Path.EndsWith("/search", StringComparison.Ordinal);

    private static string Echo(CapturedRequest r) =>
        $"{r.Method} {r.Path}{r.Query}\n" + string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}")) + "\n" + r.Body;
}
