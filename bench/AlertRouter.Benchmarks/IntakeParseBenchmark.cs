using System.Text;
using AlertRouter.Intake;
using BenchmarkDotNet.Attributes;

namespace AlertRouter.Benchmarks;

/// <summary>Intake's own work per webhook, without HTTP or the store: parse, validate, content hash.</summary>
[MemoryDiagnoser]
public class IntakeParseBenchmark
{
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup() => _body = Encoding.UTF8.GetBytes("""
        {"receiver":"bench","status":"firing","alerts":[
         {"status":"firing","labels":{"alertname":"HighLatency","instance":"web-1:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"2026-11-21T10:54:56.84677489Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph","fingerprint":""},
         {"status":"firing","labels":{"alertname":"HighLatency","instance":"web-2:8080","service":"checkout","severity":"critical"},"annotations":{"summary":"p99 above 2s"},"startsAt":"2026-11-21T10:54:56.84677489Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph","fingerprint":""}],
         "groupLabels":{"alertname":"HighLatency"},"commonLabels":{"alertname":"HighLatency"},"commonAnnotations":{},"externalURL":"http://am:9093","version":"4","groupKey":"{}:{alertname=\"HighLatency\"}","truncatedAlerts":0}
        """);

    [Benchmark]
    public string ParseValidateHash()
    {
        var message = IntakeBody.Parse(_body);
        var alerts = WebhookValidator.Validate(message, new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero), 1000);
        return ContentHash.Of(message!.GroupKey, alerts);
    }
}
