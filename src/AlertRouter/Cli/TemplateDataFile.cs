using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlertRouter.Model;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Cli;

/// <summary>
/// The data of <c>template render</c>: a JSON file in the layout of Alertmanager's template.Data (a webhook payload
/// is one), decoded as Go's encoding/json would (field names match case-insensitively, unknown fields are ignored,
/// nothing is recomputed), or amtool's predefined two-alert example when no file is given.
/// </summary>
internal static partial class TemplateDataFile
{
    /// <summary>amtool's default data (cli/template_render.go): both alerts started 5 and 10 minutes ago and end now.</summary>
    public static TemplateData Example(DateTimeOffset now)
    {
        var common = new[] { ("commonlabelkey1", "commonlabelvalue1"), ("commonlabelkey2", "commonlabelvalue2") };
        var commonAnnotations = new[] { ("commonannotationkey1", "commonannotationvalue1"), ("commonannotationkey2", "commonannotationvalue2") };
        TemplateAlert Alert(string fingerprint, int minutesAgo, (string, string)[] labels, (string, string)[] annotations) => new(
            "alertstatus", LabelSet.Of([.. labels, .. common]), LabelSet.Of([.. annotations, .. commonAnnotations]), now.AddMinutes(-minutesAgo), now,
            "https://generatorurl.com", fingerprint);
        return TemplateData.FromFields("receiver", "alertstatus",
            [
                Alert("fingerprint1", 5, [("label1", "value1"), ("label2", "value2"), ("instance", "foo.bar:1234")], [("annotation1", "value1"), ("annotation2", "value2")]),
                Alert("fingerprint2", 10, [("foo", "bar"), ("baz", "qux")], [("aaa", "bbb"), ("ccc", "ddd")]),
            ],
            LabelSet.Of(("grouplabelkey1", "grouplabelvalue1"), ("grouplabelkey2", "grouplabelvalue2")), LabelSet.Of(common),
            LabelSet.Of(commonAnnotations), "https://example.com");
    }

    /// <summary>Decodes <paramref name="json"/>; throws <see cref="FormatException"/> naming the field at fault.</summary>
    public static TemplateData Parse(ReadOnlySpan<byte> json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json.ToArray()).RootElement;
        }
        catch (JsonException e)
        {
            throw new FormatException(e.Message, e);
        }

        Expect(root, JsonValueKind.Object, "template.Data");
        var alerts = Field(root, "alerts") is { ValueKind: not JsonValueKind.Null } list
            ? Expect(list, JsonValueKind.Array, "alerts").EnumerateArray().Select((a, i) => ParseAlert(Expect(a, JsonValueKind.Object, $"alerts[{i}]"), $"alerts[{i}]")).ToList()
            : [];
        return TemplateData.FromFields(Text(root, "receiver"), Text(root, "status"), alerts, Kv(root, "groupLabels"), Kv(root, "commonLabels"),
            Kv(root, "commonAnnotations"), Text(root, "externalURL"));
    }

    private static TemplateAlert ParseAlert(JsonElement alert, string path)
    {
        var (startsAt, startsNanos) = Time(alert, "startsAt", path);
        var (endsAt, endsNanos) = Time(alert, "endsAt", path);
        return new TemplateAlert(Text(alert, "status", path), Kv(alert, "labels", path), Kv(alert, "annotations", path), startsAt, endsAt,
            Text(alert, "generatorURL", path), Text(alert, "fingerprint", path)) { StartsAtExtraNanos = startsNanos, EndsAtExtraNanos = endsNanos };
    }

    /// <summary>Go matches a JSON key to a field exactly first, then case-insensitively.</summary>
    private static JsonElement? Field(JsonElement obj, string name)
    {
        if (obj.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string Text(JsonElement obj, string name, string? path = null) => Field(obj, name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => "",
        { ValueKind: JsonValueKind.String } s => s.GetString()!,
        _ => throw new FormatException($"{Path(path, name)}: want a string"),
    };

    private static LabelSet Kv(JsonElement obj, string name, string? path = null)
    {
        if (Field(obj, name) is not { ValueKind: not JsonValueKind.Null } map)
        {
            return LabelSet.Empty;
        }

        Expect(map, JsonValueKind.Object, Path(path, name));
        return LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString()!,
            JsonValueKind.Null => "",
            _ => throw new FormatException($"{Path(path, name)}.{p.Name}: want a string"),
        })));
    }

    /// <summary>Go's time.Time from RFC 3339: the 100 ns DateTimeOffset (zone kept) and the nanoseconds below a tick.</summary>
    private static (DateTimeOffset Time, int ExtraNanos) Time(JsonElement obj, string name, string path)
    {
        if (Field(obj, name) is not { ValueKind: not JsonValueKind.Null } value)
        {
            return (GoTime.Zero, 0);
        }

        var m = value.ValueKind == JsonValueKind.String ? Rfc3339().Match(value.GetString()!) : Match.Empty;
        if (!m.Success)
        {
            throw new FormatException($"{Path(path, name)}: want an RFC 3339 time");
        }

        var digits = m.Groups[2].Value.TrimStart('.').PadRight(9, '0');
        var zone = m.Groups[3].Value is "Z" or "z" ? "+00:00" : m.Groups[3].Value;
        if (!DateTimeOffset.TryParseExact(m.Groups[1].Value + "." + digits[..7] + zone, "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new FormatException($"{Path(path, name)}: want an RFC 3339 time");
        }

        return (time, int.Parse(digits[7..], CultureInfo.InvariantCulture));
    }

    private static JsonElement Expect(JsonElement e, JsonValueKind kind, string what) =>
        e.ValueKind == kind ? e : throw new FormatException($"{what}: want a JSON {kind.ToString().ToLowerInvariant()}");

    private static string Path(string? path, string name) => path is null ? name : path + "." + name;

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d)(\.\d{1,9})?([Zz]|[+-]\d\d:\d\d)$")]
    private static partial Regex Rfc3339();
}
