using System.Net.Http.Json;
using System.Text.Json;

namespace AlertRouter.IntegrationTests.Config;

/// <summary>Small helpers over the config endpoints of a running TestApp.</summary>
internal static class ConfigApi
{
    public static async Task<JsonElement> TestRoutesAsync(HttpClient api, object body)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/routes/test", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> ReceiversAsync(HttpClient api, Dictionary<string, string> labels) =>
        string.Join(',', (await TestRoutesAsync(api, new { labels })).GetProperty("receivers").EnumerateArray().Select(e => e.GetString()));

    public static async Task<JsonElement> HealthComponentAsync(HttpClient ops)
    {
        var health = await ops.GetFromJsonAsync<JsonElement>("/health");
        return health.GetProperty("components").GetProperty("config");
    }
}
