using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Tests.Intake;

public class IntakeEndpointTests
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_AlertmanagerSamples_AreAcceptedAndListed()
    {
        await using var app = await TestApp.StartAsync();

        foreach (var sample in new[] { "am-webhook-firing.json", "am-webhook-from-prometheus.json", "am-webhook-mixed.json", "am-webhook-resolved.json" })
        {
            var response = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read(sample)));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        using var list = JsonDocument.Parse(await app.Api.GetStringAsync("/api/v1/alerts"));
        Assert.Contains(list.RootElement.EnumerateArray(), a => a.GetProperty("fingerprint").GetString() == "fbac104c4e528143");
    }

    [Fact]
    public async Task Post_Accepted_BodyHasCountAndReceipt()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, body.RootElement.GetProperty("accepted").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("receiptId").GetString()));
        Assert.False(body.RootElement.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Post_SameNotificationTwiceFromTwoPeers_RecordedOnce()
    {
        await using var app = await TestApp.StartAsync();
        var peer1 = AlertmanagerSamples.Read("am-webhook-firing.json");
        var peer2 = peer1.Replace("http://vm:9093", "http://vm2:9093", StringComparison.Ordinal);

        var first = await app.Api.PostAsync("/api/v1/alerts", Json(peer1));
        var second = await app.Api.PostAsync("/api/v1/alerts", Json(peer2));

        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True(b.RootElement.GetProperty("duplicate").GetBoolean());
        Assert.Equal(a.RootElement.GetProperty("receiptId").GetString(), b.RootElement.GetProperty("receiptId").GetString());
        var metrics = await app.Ops.GetStringAsync("/metrics");
        Assert.Contains("alertrouter_webhooks_received_total{outcome=\"duplicate\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_StatusFilter_SeparatesFiringFromResolved()
    {
        await using var app = await TestApp.StartAsync();
        await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-mixed.json")));

        using var firing = JsonDocument.Parse(await app.Api.GetStringAsync("/api/v1/alerts?status=firing"));
        using var resolved = JsonDocument.Parse(await app.Api.GetStringAsync("/api/v1/alerts?status=resolved"));

        Assert.Equal(["fbac104c4e528143"], firing.RootElement.EnumerateArray().Select(a => a.GetProperty("fingerprint").GetString()));
        Assert.Equal(["22759fe435abf304"], resolved.RootElement.EnumerateArray().Select(a => a.GetProperty("fingerprint").GetString()));
    }

    [Fact]
    public async Task Post_HostileInputs_GetTheirStatusAndAValidPayloadStillWorks()
    {
        await using var app = await TestApp.StartAsync();
        var failures = new List<string>();

        foreach (var input in HostileInput.All())
        {
            using var content = new ByteArrayContent(input.Body);
            if (input.ContentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(input.ContentType);
            }

            using var response = await app.Api.PostAsync("/api/v1/alerts", content);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode != input.ExpectedStatus)
            {
                failures.Add($"{input.Name}: expected {input.ExpectedStatus}, got {(int)response.StatusCode} {body}");
            }
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{input.Name}: not problem+json ({response.Content.Headers.ContentType})");
            }
        }

        Assert.True(HostileInput.All().Count() >= 30);
        Assert.Empty(failures);
        var valid = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));
        Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
    }

    [Fact]
    public async Task Post_BadRequest_ProblemDetailNamesTheField()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Api.PostAsync("/api/v1/alerts", Json("""{"version":"4","alerts":[{"labels":{"a":"1"},"startsAt":"soon"}]}"""));

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("alerts[0].startsAt", problem.RootElement.GetProperty("field").GetString());
        Assert.Contains("alerts[0].startsAt", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Bearer wrong-token", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer s3cret-intake-token", HttpStatusCode.Accepted)]
    [InlineData("Basic YW06c2VjcmV0LXBhc3M=", HttpStatusCode.Accepted)]
    [InlineData("Basic YW06d3Jvbmc=", HttpStatusCode.Unauthorized)]
    public async Task Post_WithAuthConfigured_RequiresCredentials(string? authorization, HttpStatusCode expected)
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string>
        {
            ["Intake:BearerToken"] = "s3cret-intake-token",
            ["Intake:BasicAuth:Username"] = "am",
            ["Intake:BasicAuth:Password"] = "secret-pass",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts") { Content = Json(AlertmanagerSamples.Read("am-webhook-firing.json")) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await app.Api.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
            Assert.DoesNotContain("s3cret-intake-token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_OnOpsListener_IsNotFound()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Ops.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesIntakeWithSchemaAndErrors()
    {
        await using var app = await TestApp.StartAsync();

        using var doc = JsonDocument.Parse(await app.Api.GetStringAsync("/openapi/v1.json"));

        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/alerts").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        foreach (var status in new[] { "202", "400", "401", "413", "415", "503" })
        {
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), status);
        }
    }

    [Fact]
    public async Task Post_BearerTokenFromFile_IsRequired()
    {
        var dir = Tools.TempDir("token");
        var tokenFile = Path.Combine(dir, "token");
        await File.WriteAllTextAsync(tokenFile, "file-token\n");
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["Intake:BearerTokenFile"] = tokenFile });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts") { Content = Json(AlertmanagerSamples.Read("am-webhook-firing.json")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "file-token");

        var withToken = await app.Api.SendAsync(request);
        var without = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));

        Assert.Equal(HttpStatusCode.Accepted, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
    }

    [Fact]
    public async Task Post_StoreUnavailable_Is503WithRetryAfterNever429()
    {
        await using var app = await TestApp.StartAsync(services: s =>
            s.Replace(ServiceDescriptor.Singleton<IAlertStore, FailingStore>()));

        var response = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var scrape = await MetricsScrape.FetchAsync(app.Ops);
        Assert.Equal(1, scrape.Value("alertrouter_webhooks_received_total", ("outcome", "unavailable")));
    }

    [Fact]
    public async Task Post_Overloaded_Is503WithRetryAfter()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string> { ["Intake:MaxPendingCommits"] = "0" });

        var response = await app.Api.PostAsync("/api/v1/alerts", Json(AlertmanagerSamples.Read("am-webhook-firing.json")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    private sealed class FailingStore : IAlertStore
    {
        public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
            throw new StoreUnavailableException("disk full");

        public Task<IReadOnlyList<StoredAlert>> ListAsync(AlertQuery query, CancellationToken ct) => Task.FromResult<IReadOnlyList<StoredAlert>>([]);

        public Task PingAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
