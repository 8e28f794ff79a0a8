using System.Text.Json;
using System.Text.Unicode;

namespace AlertRouter.Intake;

/// <summary>Reads the request body within the size limit and parses it, turning every parser complaint into a field error.</summary>
internal static class IntakeBody
{
    /// <returns>The body, or null when it exceeds <paramref name="max"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(HttpContext http, long max)
    {
        var declared = http.Request.ContentLength;
        if (declared > max)
        {
            return null;
        }

        // Alertmanager always sends Content-Length: read straight into an array of that size.
        var buffer = new byte[declared ?? 4096];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (declared is not null)
                    {
                        return buffer; // Kestrel never delivers more than Content-Length
                    }

                    if (buffer.Length >= max)
                    {
                        return null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(max + 1, buffer.Length * 2L));
                }

                var read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), http.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return length == buffer.Length ? buffer : buffer[..length];
    }

    public static WebhookMessage? Parse(byte[] body)
    {
        if (!Utf8.IsValid(body))
        {
            throw new WebhookValidationException("$", "body is not valid UTF-8");
        }

        try
        {
            return JsonSerializer.Deserialize(body, IntakeJsonContext.Default.WebhookMessage);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path.TrimStart('$', '.');
            throw new WebhookValidationException(path.Length == 0 ? "$" : path, Describe(e));
        }
    }

    // System.Text.Json messages name .NET types; say what Alertmanager's format expects instead.
    private static string Describe(JsonException e) => e.Message switch
    {
        var m when m.Contains("duplicate", StringComparison.OrdinalIgnoreCase) => "duplicate property",
        var m when m.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) => "JSON nested too deeply",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "has the wrong type for Alertmanager's webhook format",
        _ => "malformed JSON: " + (e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]),
    };
}
