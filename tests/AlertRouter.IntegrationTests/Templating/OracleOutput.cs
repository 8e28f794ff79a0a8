using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Writes what the oracle saw to <c>$ALERTROUTER_TEMPLATE_ORACLE_OUT/oracle.json</c> when that variable is set, for
/// engineers chasing differences outside the test run. The tests never read it: they run Alertmanager live.
/// </summary>
internal static class OracleOutput
{
    public const string Variable = "ALERTROUTER_TEMPLATE_ORACLE_OUT";

    public static void WriteIfRequested(AlertmanagerOracle oracle)
    {
        var dir = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "alertmanager.log"), oracle.Log);
        using var stream = File.Create(Path.Combine(dir, "oracle.json"));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("alertmanager", "0.25.0 (Debian prometheus-alertmanager, go1.19.8)");
        json.WriteString("externalURL", TemplateCorpus.ExternalUrl);
        json.WriteNumber("elapsedSeconds", Math.Round(oracle.Elapsed.TotalSeconds, 2));
        json.WriteStartObject("stepsEndAtSeconds");
        foreach (var (step, at) in oracle.Steps)
        {
            json.WriteNumber(step, Math.Round(at.TotalSeconds, 2));
        }

        json.WriteEndObject();
        json.WriteString("transforms",
            "value is the field as it reached the wire. json (slack, pagerduty): Go encoding/json replaced each invalid UTF-8 byte with U+FFFD. " +
            "exact (email.subject): the rendered bytes. crlf (email.text, email.html): quoted-printable turned every \\n, \\r and \\r\\n into \\r\\n.");
        json.WriteStartObject("data");
        foreach (var (key, payload) in oracle.Data.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            json.WriteRawValue(payload);
        }

        json.WriteEndObject();
        json.WriteStartObject("configs");
        foreach (var (phase, yaml) in oracle.Configs)
        {
            json.WriteString(phase, yaml);
        }

        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in TemplateCorpus.Files())
        {
            json.WriteStartObject();
            json.WriteString("name", Path.GetFileName(file));
            json.WriteString("content", File.ReadAllText(file));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var rendering in oracle.Renderings)
        {
            WriteRendering(json, rendering);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRendering(Utf8JsonWriter json, OracleRendering r)
    {
        var c = r.Run.Case;
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        json.WriteString("category", c.Category);
        json.WriteString("exercises", c.Exercises);
        json.WriteString("field", c.Field);
        json.WriteString("mode", c.IsHtml ? "html" : "text");
        json.WriteString("transform", c.Field == "email.subject" ? "exact" : c.Field.StartsWith("email.", StringComparison.Ordinal) ? "crlf" : "json");
        json.WriteBoolean("files", c.UsesFiles);
        json.WriteString("template", c.Template);
        json.WriteString("dataset", r.Run.Dataset);
        json.WriteString("dataKey", r.DataKey);
        json.WriteString("receiver", r.Run.Receiver);
        json.WriteString("expected", c.Expected?.ToString());
        json.WriteString("outcome", r.Outcome.ToString());
        if (r.Value is { } value)
        {
            WriteBytes(json, "value", value);
        }
        else
        {
            json.WriteString("error", r.Error);
        }

        json.WriteEndObject();
    }

    private static void WriteBytes(Utf8JsonWriter json, string name, byte[] value)
    {
        json.WriteString(name, Encoding.UTF8.GetString(value));
        if (!Utf8.IsValid(value))
        {
            json.WriteString(name + "Base64", Convert.ToBase64String(value));
        }
    }
}
