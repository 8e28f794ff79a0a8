using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertRouter.TestSupport;

/// <summary>
/// A real Kestrel listener on 127.0.0.1 that records every request and answers from a script (WireMock.Net does not
/// restore here). With no script left it answers <see cref="DefaultResponse"/>.
/// </summary>
public sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private CaptureServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public ScriptedResponse DefaultResponse { get; set; } = new(200, "ok");

    /// <summary>Optional: computes the answer from the request (runs before the script).</summary>
    public Func<CapturedRequest, ScriptedResponse?>? Responder { get; set; }

    public IReadOnlyList<CapturedRequest> Requests => [.. _requests];

    public static async Task<CaptureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        // Vendors take long query strings (Pushover sends every field in the query, ~9 KB at its limits).
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestLineSize = 64 * 1024);
        var app = builder.Build();
        var server = new CaptureServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var r in responses)
        {
            _script.Enqueue(r);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived in total.</summary>
    public async Task<IReadOnlyList<CapturedRequest>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (_requests.Count < count)
        {
            try
            {
                await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200), cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"expected {count} request(s) at {Url}, got {_requests.Count} within {timeout}");
            }
        }

        return Requests;
    }

    public void Clear()
    {
        _requests.Clear();
        _script.Clear();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new CapturedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "/",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            DateTimeOffset.UtcNow);

        var response = Responder?.Invoke(request) ?? (_script.TryDequeue(out var scripted) ? scripted : DefaultResponse);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _requests.Enqueue(request);
                _arrived.Release();
                return;
            }
        }

        _requests.Enqueue(request);
        _arrived.Release();
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
