using System.Text.Json;
using AlertRouter.Intake;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/api/v1/alerts", async (HttpRequest request) =>
{
    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body);
    var message = JsonSerializer.Deserialize(body.ToArray(), IntakeJsonContext.Default.WebhookMessage);
    return message?.Alerts is null ? Results.BadRequest() : Results.StatusCode(StatusCodes.Status202Accepted);
});
app.Run();
