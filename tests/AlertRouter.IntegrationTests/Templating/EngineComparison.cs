using System.Globalization;
using System.Text;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Compares the engine with Alertmanager on one run: same outcome, and for renderings the same bytes on the wire for
/// that field (the engine's bytes through what Alertmanager's notifier does to a rendering: JSON for Slack and
/// PagerDuty, with the 1024-rune cut of title and summary; line breaks to CRLF for email parts; exact bytes for the
/// Subject). Returns null when they agree, else a readable report.
/// </summary>
internal static class EngineComparison
{
    public static string? Compare(AlertmanagerOracle oracle, OracleRendering am)
    {
        var c = am.Run.Case;
        EngineRendering engine;
        try
        {
            engine = EngineRendering.Render(EngineSets.For(c), c.Template, c.IsHtml, WebhookTemplateData.Create(oracle.Data[am.DataKey], am.Run.Receiver));
        }
        catch (Exception e)
        {
            return $"{Header(am)}\n  engine threw {e.GetType().Name}: {e.Message}";
        }

        return Compare(am, engine);
    }

    public static string? Compare(OracleRendering am, EngineRendering engine)
    {
        if (am.Outcome != engine.Outcome)
        {
            return $"{Header(am)}\n  Alertmanager: {am.Outcome} {Describe(am.Value, am.Error)}\n  engine:       {engine.Outcome} {Describe(engine.Output, engine.Error)}";
        }

        if (am.Value is null || engine.Output is null)
        {
            return null;
        }

        var wire = Wire(am.Run.Case.Field, engine.Output);
        return wire.AsSpan().SequenceEqual(am.Value) ? null : $"{Header(am)}\n{Diff(am.Value, wire)}";
    }

    /// <summary>The bytes Alertmanager's notifier would put on the wire for this rendering of this field.</summary>
    public static byte[] Wire(string field, byte[] rendered) => field switch
    {
        "email.subject" => rendered,
        "email.text" or "email.html" => MimeDecoding.GoQuotedPrintableNewlines(rendered),
        "slack.title" or "pagerduty.description" => NotificationFields.GoJsonString(TruncateInRunes(rendered, 1024)),
        _ => NotificationFields.GoJsonString(rendered),
    };

    /// <summary>notify.TruncateInRunes: over n runes ([]rune(s): each invalid byte is one U+FFFD), keep n-1 and add "…".</summary>
    private static byte[] TruncateInRunes(byte[] s, int n)
    {
        var runes = Encoding.UTF8.GetString(NotificationFields.GoJsonString(s)).EnumerateRunes().ToList();
        return runes.Count <= n ? s : Encoding.UTF8.GetBytes(string.Concat(runes.Take(n - 1).Select(r => r.ToString())) + "…");
    }

    private static string Header(OracleRendering am) =>
        $"{am.Run} [{am.Run.Case.Field}{(am.Run.Case.IsHtml ? ", html" : "")}] {am.Run.Case.Exercises}\n  template: {Quote(Encoding.UTF8.GetBytes(am.Run.Case.Template))}";

    private static string Describe(byte[]? value, string? error) => value is null ? error ?? "" : Quote(value);

    private static string Diff(byte[] expected, byte[] actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 60);
        return string.Create(CultureInfo.InvariantCulture,
            $"  first difference at byte {at} (Alertmanager {expected.Length} bytes, engine {actual.Length} bytes):\n" +
            $"  Alertmanager: {(from > 0 ? "…" : "")}{Quote(expected.AsSpan(from, Math.Min(expected.Length - from, 140)).ToArray())}\n" +
            $"  engine:       {(from > 0 ? "…" : "")}{Quote(actual.AsSpan(from, Math.Min(actual.Length - from, 140)).ToArray())}");
    }

    /// <summary>Go-style quoting for reports: control characters escaped, invalid UTF-8 bytes as \xNN.</summary>
    private static string Quote(byte[] bytes)
    {
        var sb = new StringBuilder("\"");
        var span = bytes.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{span[0]:x2}");
                span = span[1..];
                continue;
            }

            sb.Append(rune.Value switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                < 0x20 or 0x7f => string.Create(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}"),
                _ => rune.ToString(),
            });
            span = span[consumed..];
        }

        return sb.Append('"').ToString();
    }
}
