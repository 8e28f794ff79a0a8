using System.Text.Json.Serialization;

namespace AlertRouter.Notifiers.Incidentio;

/// <summary>incident.io's error body; Alertmanager joins <c>message</c>, <c>error</c> and <c>errors</c> into the error text.</summary>
internal sealed class IncidentioError
{
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("errors")]
    public IReadOnlyList<string>? Errors { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary><c>message: error: errors[0], errors[1]</c>, the empty parts left out; empty when the body is not this.</summary>
    public static string Details(string body)
    {
        IncidentioError? e;
        try
        {
            e = System.Text.Json.JsonSerializer.Deserialize(body, IncidentioJsonContext.Default.IncidentioError);
        }
        catch (System.Text.Json.JsonException)
        {
            return "";
        }

        if (e is null)
        {
            return "";
        }

        string?[] parts = [e.Message, e.Error, e.Errors is { Count: > 0 } errors ? string.Join(", ", errors) : null];
        return string.Join(": ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }
}
