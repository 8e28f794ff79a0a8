using System.Text;

namespace AlertRouter.Tests.Intake;

/// <summary>One hostile request and the status intake must answer it with.</summary>
public sealed record HostileInput(string Name, byte[] Body, string? ContentType, int ExpectedStatus)
{
    public override string ToString() => Name;

    public static HostileInput Json(string name, string body, int status) => new(name, Encoding.UTF8.GetBytes(body), "application/json", status);

    public static IEnumerable<HostileInput> All()
    {
        const string valid = """{"version":"4","groupKey":"{}:{}","alerts":[{"status":"firing","labels":{"alertname":"A"},"startsAt":"2026-11-21T10:00:00Z"}]}""";
        yield return Json("truncated JSON", valid[..^10], 400);
        yield return Json("empty body", "", 400);
        yield return Json("JSON null", "null", 400);
        yield return Json("top-level array", "[]", 400);
        yield return Json("top-level string", "\"alerts\"", 400);
        yield return Json("version 3", valid.Replace("\"4\"", "\"3\""), 400);
        yield return Json("version missing", """{"alerts":[{"labels":{"a":"1"}}]}""", 400);
        yield return Json("version as number", """{"version":4,"alerts":[{"labels":{"a":"1"}}]}""", 400);
        yield return Json("alerts missing", """{"version":"4"}""", 400);
        yield return Json("alerts empty", """{"version":"4","alerts":[]}""", 400);
        yield return Json("alerts not an array", """{"version":"4","alerts":{"labels":{"a":"1"}}}""", 400);
        yield return Json("alert is null", """{"version":"4","alerts":[null]}""", 400);
        yield return Json("alert without labels", """{"version":"4","alerts":[{"status":"firing"}]}""", 400);
        yield return Json("empty labels", """{"version":"4","alerts":[{"labels":{}}]}""", 400);
        yield return Json("only empty label values", """{"version":"4","alerts":[{"labels":{"a":""}}]}""", 400);
        yield return Json("null label value", """{"version":"4","alerts":[{"labels":{"a":null}}]}""", 400);
        yield return Json("numeric label value", """{"version":"4","alerts":[{"labels":{"a":1}}]}""", 400);
        yield return Json("empty label name", """{"version":"4","alerts":[{"labels":{"":"x"}}]}""", 400);
        yield return Json("control character in label name", "{\"version\":\"4\",\"alerts\":[{\"labels\":{\"a\\u0001b\":\"x\"}}]}", 400);
        yield return Json("duplicate top-level key", """{"version":"4","version":"4","alerts":[{"labels":{"a":"1"}}]}""", 400);
        yield return Json("duplicate label name", """{"version":"4","alerts":[{"labels":{"a":"1","a":"2"}}]}""", 400);
        yield return Json("unparsable startsAt", """{"version":"4","alerts":[{"labels":{"a":"1"},"startsAt":"yesterday"}]}""", 400);
        yield return Json("numeric startsAt", """{"version":"4","alerts":[{"labels":{"a":"1"},"startsAt":1700000000}]}""", 400);
        yield return Json("endsAt before startsAt", """{"version":"4","alerts":[{"labels":{"a":"1"},"startsAt":"2026-11-21T10:00:00Z","endsAt":"2026-11-21T09:00:00Z"}]}""", 400);
        yield return Json("unknown alert status", """{"version":"4","alerts":[{"status":"pending","labels":{"a":"1"}}]}""", 400);
        yield return Json("negative truncatedAlerts", """{"version":"4","truncatedAlerts":-1,"alerts":[{"labels":{"a":"1"}}]}""", 400);
        yield return Json("annotations as array", """{"version":"4","alerts":[{"labels":{"a":"1"},"annotations":["x"]}]}""", 400);
        yield return Json("NaN literal", """{"version":"4","truncatedAlerts":NaN,"alerts":[{"labels":{"a":"1"}}]}""", 400);
        yield return Json("trailing garbage", valid + "}", 400);
        yield return Json("comment in JSON", "/* hi */" + valid, 400);
        yield return Json("deep nesting in an unknown field", "{\"version\":\"4\",\"x\":" + new string('[', 5000) + new string(']', 5000) + ",\"alerts\":[{\"labels\":{\"a\":\"1\"}}]}", 400);
        yield return Json("huge label count", "{\"version\":\"4\",\"alerts\":[{\"labels\":{" +
            string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"l{i}\":\"v\"")) + "}}]}", 400);
        yield return new HostileInput("invalid UTF-8", [.. Encoding.UTF8.GetBytes("{\"version\":\"4\",\"alerts\":[{\"labels\":{\"a\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}}]}")], "application/json", 400);
        yield return new HostileInput("10 MiB body", Encoding.UTF8.GetBytes("{\"version\":\"4\",\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}"), "application/json", 413);
        yield return new HostileInput("text/plain content type", Encoding.UTF8.GetBytes(valid), "text/plain", 415);
        yield return new HostileInput("form content type", Encoding.UTF8.GetBytes("version=4"), "application/x-www-form-urlencoded", 415);
        yield return new HostileInput("no content type", Encoding.UTF8.GetBytes(valid), null, 415);
        yield return new HostileInput("binary garbage", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))], "application/json", 400);
    }
}
