using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Intake;

/// <summary>A 202 is a promise: a SIGKILL right after it, or a SIGTERM mid-load, loses nothing that was accepted.</summary>
public class CrashTests
{
    private static StringContent Webhook(int i) => new($$"""
        {"version":"4","groupKey":"{}:{i=\"{{i}}\"}","status":"firing","receiver":"r","alerts":[
          {"status":"firing","labels":{"alertname":"Crash","i":"{{i}}"},"annotations":{},"startsAt":"2026-11-21T10:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}
        """, Encoding.UTF8, "application/json");

    [Fact]
    public async Task KillHard_RightAfter202_AlertSurvivesRestart()
    {
        await using var router = await AlertRouterProcess.StartAsync();
        using var http = new HttpClient();

        var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(1));
        router.Process.KillHard();
        await router.RestartAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("1", await AlertIndexesAsync(http, router));
    }

    [Fact]
    public async Task KillHard_UnderConcurrentLoad_EveryAcceptedAlertSurvives()
    {
        await using var router = await AlertRouterProcess.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var accepted = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        var senders = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i += 8)
            {
                try
                {
                    using var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(i));
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        accepted.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToArray();
        while (accepted.Count < 200)
        {
            await Task.Delay(10);
        }

        router.Process.KillHard();
        await stop.CancelAsync();
        await Task.WhenAll(senders);
        await router.RestartAsync();

        var stored = await AlertIndexesAsync(http, router);
        Assert.Empty(accepted.Except(stored));
    }

    [Fact]
    public async Task Sigterm_DuringLoad_ExitsZeroAndKeepsAccepted()
    {
        await using var router = await AlertRouterProcess.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var accepted = new ConcurrentBag<string>();
        var statuses = new ConcurrentBag<HttpStatusCode>();

        var senders = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < 4000; i += 4)
            {
                try
                {
                    using var response = await http.PostAsync($"{router.ApiUrl}/api/v1/alerts", Webhook(i));
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        accepted.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;
                }
            }
        })).ToArray();
        while (accepted.Count < 100)
        {
            await Task.Delay(10);
        }

        var exitCode = await router.Process.TerminateAsync(TimeSpan.FromSeconds(30));
        await Task.WhenAll(senders);
        await router.RestartAsync();

        Assert.Equal(0, exitCode);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable, s.ToString()));
        Assert.Empty(accepted.Except(await AlertIndexesAsync(http, router)));
    }

    private static async Task<HashSet<string>> AlertIndexesAsync(HttpClient http, AlertRouterProcess router)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync($"{router.ApiUrl}/api/v1/alerts?limit=100000"));
        return [.. doc.RootElement.EnumerateArray().Select(a => a.GetProperty("labels").GetProperty("i").GetString()!)];
    }
}
