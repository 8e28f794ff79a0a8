namespace AlertRouter.Cli;

/// <summary>
/// <c>healthcheck</c>: exits 0 when <c>/health/live</c> answers 200 on the configured ops URL. The container's
/// HEALTHCHECK uses it because the runtime image has no curl.
/// </summary>
internal static class HealthcheckCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var ops = context.Configuration["AlertRouter:OpsUrl"] ?? "http://0.0.0.0:9095";
        var url = ops.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/health/live";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(url);
            await context.Stdout.WriteLineAsync($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await context.Stderr.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }
}
