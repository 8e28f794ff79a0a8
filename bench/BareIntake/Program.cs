using System.Text.Json;
using AlertRouter.Intake;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

// SINK_DELAY_MS: answer after this long, to stand in for a real receiver's latency (bench/scaling.sh).
var delay = TimeSpan.FromMilliseconds(int.TryParse(Environment.GetEnvironmentVariable("SINK_DELAY_MS"), out var ms) ? ms : 0);
app.MapPost("/api/v1/alerts", async (HttpRequest request) =>
{
    if (delay > TimeSpan.Zero)
    {
        await Task.Delay(delay);
    }

    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body);
    var message = JsonSerializer.Deserialize(body.ToArray(), IntakeJsonContext.Default.WebhookMessage);
    return message?.Alerts is null ? Results.BadRequest() : Results.StatusCode(StatusCodes.Status202Accepted);
});
app.Run();
