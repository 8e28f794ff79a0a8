using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.Tests.Delivery;

/// <summary>Drives a <see cref="PipelineApp"/> from one due time to the next and reads what the service exposes.</summary>
internal static class DeliveryKit
{
    /// <summary>
    /// Runs every flush and delivery due up to <paramref name="end"/>, moving the manual clock exactly to each next
    /// due time (a flush timer or a notification's next attempt), so send times are the scheduled times.
    /// </summary>
    public static async Task RunUntilAsync(this PipelineApp app, DateTimeOffset end)
    {
        var notifications = app.App.Services.GetRequiredService<INotificationStore>();
        var groups = app.App.Services.GetRequiredService<IGroupStore>();
        await app.TickAsync();
        for (var guard = 0; guard < 10_000; guard++)
        {
            var next = Min(await notifications.NextAttemptAsync(default), await groups.NextFlushAsync(default));
            if (next is not { } at || at > end)
            {
                break;
            }

            app.Time.SetUtcNow(at > app.Now ? at : app.Now + TimeSpan.FromMilliseconds(1));
            await app.TickAsync();
        }

        if (end > app.Now)
        {
            app.Time.SetUtcNow(end);
        }

        await app.TickAsync();
    }

    public static Task RunForAsync(this PipelineApp app, TimeSpan by) => app.RunUntilAsync(app.Now + by);

    public static async Task<IReadOnlyList<JsonElement>> NotificationsAsync(this TestApp app, string query = "")
    {
        using var doc = JsonDocument.Parse(await app.Api.GetStringAsync("/api/v1/notifications" + query));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    public static async Task<JsonElement> NotificationAsync(this TestApp app, string receiver) =>
        Assert.Single(await app.NotificationsAsync($"?receiver={receiver}"));

    public static Task<MetricsScrape> ScrapeAsync(this TestApp app) => MetricsScrape.FetchAsync(app.Ops);

    public static async Task<JsonElement> HealthAsync(this TestApp app)
    {
        using var response = await app.Ops.GetAsync("/health");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public static string Component(this JsonElement health, string name) =>
        health.GetProperty("components").GetProperty(name).GetProperty("status").GetString()!;

    public static Task PostAlertAsync(this PipelineApp app, params (string Name, string Value)[] labels) =>
        app.PostAsync(WebhookAlertSpec.Of(labels));

    public static async Task<HttpResponseMessage> PostJsonAsync(this TestApp app, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await app.Api.SendAsync(request);
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}

/// <summary>
/// Answers a <see cref="CaptureServer"/>'s requests from a function and records when each arrived on the manual
/// clock (the capture server's own timestamps are wall-clock).
/// </summary>
internal sealed class ClockedSink
{
    private readonly ConcurrentQueue<(DateTimeOffset At, CapturedRequest Request)> _log = new();

    public ClockedSink(PipelineApp app, Func<CapturedRequest, ScriptedResponse?>? answer = null)
    {
        Answer = answer;
        app.Sink.Responder = request =>
        {
            _log.Enqueue((app.Now, request));
            return Answer?.Invoke(request);
        };
    }

    public Func<CapturedRequest, ScriptedResponse?>? Answer { get; set; }

    public IReadOnlyList<(DateTimeOffset At, CapturedRequest Request)> Log => [.. _log];

    public IReadOnlyList<DateTimeOffset> TimesFor(string pathPrefix) =>
        [.. _log.Where(l => l.Request.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).Select(l => l.At)];
}
