using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The <c>POST /api/v2/alerts</c> body for datasets. Latin-1 labels are written as raw bytes (invalid UTF-8), which
/// Utf8JsonWriter only allows through WriteRawValue without validation.
/// </summary>
internal static class OracleAlertPayload
{
    /// <param name="baseSecond">The whole second relative times count from (<see cref="OracleTime"/>).</param>
    /// <param name="startedAt">The base second of the first post, when this one resolves (start times stay as posted then).</param>
    /// <param name="labelSuffix">Appended to the dataset label, so a later phase posts new alerts rather than updates.</param>
    public static byte[] Build(IEnumerable<OracleDataset> datasets, long baseSecond, long? startedAt = null, string labelSuffix = "")
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var dataset in datasets)
            {
                for (var i = 0; i < dataset.Alerts.Count; i++)
                {
                    var alert = dataset.Alerts[i];
                    var startsAt = OracleTime.Format(startedAt ?? baseSecond, alert.StartsAt, alert.Zone);
                    var endsAt = startedAt is not null ? OracleTime.Format(baseSecond, dataset.ResolveAt[i], alert.Zone)
                        : alert.EndsAt == "firing" ? OracleTime.FiringEnd
                        : OracleTime.Format(baseSecond, alert.EndsAt, alert.Zone);
                    WriteAlert(json, dataset.Name + labelSuffix, alert, startsAt, endsAt);
                }
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void WriteAlert(Utf8JsonWriter json, string dataset, PostedAlert alert, string startsAt, string endsAt)
    {
        json.WriteStartObject();
        json.WriteStartObject("labels");
        foreach (var (name, value) in alert.Labels)
        {
            json.WriteString(name, value);
        }

        json.WriteString("dataset", dataset);
        foreach (var (name, value) in alert.Latin1Labels)
        {
            json.WritePropertyName(name);
            json.WriteRawValue([(byte)'"', .. Encoding.Latin1.GetBytes(value), (byte)'"'], skipInputValidation: true);
        }

        json.WriteEndObject();
        json.WriteStartObject("annotations");
        foreach (var (name, value) in alert.Annotations)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteString("startsAt", startsAt);
        json.WriteString("endsAt", endsAt);
        json.WriteString("generatorURL", alert.GeneratorUrl);
        json.WriteEndObject();
    }
}
