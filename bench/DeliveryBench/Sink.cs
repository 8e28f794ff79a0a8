using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DeliveryBench;

/// <summary>A fast webhook sink: answers 200 at once and records when each group's notification arrived.</summary>
internal sealed class Sink : IAsyncDisposable
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UtcNow;
    private static readonly long EpochTicks = Stopwatch.GetTimestamp();
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string GroupKey, DateTimeOffset At)> _received = new();

    private Sink(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int Count => _received.Count;

    public IReadOnlyList<(string GroupKey, DateTimeOffset At)> Received => [.. _received];

    public static async Task<Sink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new Sink(app);
        app.MapPost("/hook", sink.HandleAsync);
        await app.StartAsync();
        sink.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return sink;
    }

    public void Clear() => _received.Clear();

    // The monotonic clock, anchored once to UTC: comparable with AlertRouter's createdAt on the same machine.
    private static DateTimeOffset Now() => Epoch + Stopwatch.GetElapsedTime(EpochTicks);

    private async Task HandleAsync(HttpContext context)
    {
        var at = Now();
        using var doc = await JsonDocument.ParseAsync(context.Request.Body);
        _received.Enqueue((doc.RootElement.GetProperty("groupKey").GetString()!, at));
        context.Response.StatusCode = 200;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
