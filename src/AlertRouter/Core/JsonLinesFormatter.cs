using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace AlertRouter.Core;

/// <summary>
/// One JSON object per line: timestamp, level, category, message, eventId, then every structured value of the message
/// and its scopes as top-level fields (groupKey, receiver, …), and the exception last.
/// </summary>
internal sealed class JsonLinesFormatter(TimeProvider time) : ConsoleFormatter(Name)
{
    public new const string Name = "jsonlines";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", LevelName(logEntry.LogLevel));
            json.WriteString("category", logEntry.Category);
            json.WriteString("message", message);
            if (logEntry.EventId.Id != 0)
            {
                json.WriteNumber("eventId", logEntry.EventId.Id);
            }

            var written = new HashSet<string>(StringComparer.Ordinal) { "timestamp", "level", "category", "message", "eventId" };
            WriteFields(json, logEntry.State, written);
            scopeProvider?.ForEachScope((scope, state) => WriteFields(state.json, scope, state.written), (json, written));
            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        textWriter.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFields(Utf8JsonWriter json, object? state, HashSet<string> written)
    {
        if (state is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            return;
        }

        foreach (var (key, value) in fields)
        {
            if (key == "{OriginalFormat}" || !written.Add(Camel(key)))
            {
                continue;
            }

            switch (value)
            {
                case null: json.WriteNull(Camel(key)); break;
                case bool b: json.WriteBoolean(Camel(key), b); break;
                case int or long or double or float or decimal:
                    json.WriteNumber(Camel(key), Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case DateTimeOffset t: json.WriteString(Camel(key), t.ToString("O")); break;
                default: json.WriteString(Camel(key), Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
    }

    private static string Camel(string key) => key.Length > 0 && char.IsUpper(key[0]) ? char.ToLowerInvariant(key[0]) + key[1..] : key;

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        LogLevel.Critical => "fatal",
        _ => "none",
    };
}
