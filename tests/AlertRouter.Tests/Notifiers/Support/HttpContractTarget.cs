using System.Collections.Concurrent;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>A <see cref="CaptureServer"/> as a contract target: failures as scripted, then the vendor's acceptance.</summary>
internal sealed class HttpContractTarget : ContractTarget
{
    private readonly CaptureServer _server;
    private readonly IntegrationContract _contract;
    private readonly ConcurrentQueue<Func<CapturedRequest, ScriptedResponse>> _answers = new();
    private readonly ConcurrentQueue<DateTimeOffset> _times = new();

    private HttpContractTarget(CaptureServer server, IntegrationContract contract)
    {
        _server = server;
        _contract = contract;
        server.Responder = request =>
        {
            _times.Enqueue(Clock.GetUtcNow());
            return _answers.TryDequeue(out var answer) ? answer(request) : _contract.Accepted;
        };
    }

    public override string Address => _server.Url.TrimEnd('/');

    public override int Attempts => _server.Requests.Count;

    public override string Received => string.Join("\n", _server.Requests.Select(Echo));

    public override IReadOnlyList<DateTimeOffset> Times => [.. _times];

    public static async Task<ContractTarget> StartAsync(IntegrationContract contract) => new HttpContractTarget(await CaptureServer.StartAsync(), contract);

    public override void Fail(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(_ => status == 429 ? new ScriptedResponse(429, "slow down") : new ScriptedResponse(status, $"status {status}"));
        }
    }

    public override void FailEchoing(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(request => new ScriptedResponse(status, Echo(request)));
        }
    }

    public override void RateLimit(int seconds) => _answers.Enqueue(_ => _contract.RateLimited(seconds));

    public override ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Echo(CapturedRequest r) =>
        $"{r.Method} {r.Path}{r.Query}\n" + string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}")) + "\n" + r.Body;
}
