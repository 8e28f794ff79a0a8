using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>Sums one counter's measurements per tag set, for instruments of one IMeterFactory (one test's services).</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();

    public MetricRecorder(IMeterFactory scope, string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope) && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var key = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
            _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    /// <summary>The sum for a tag set written as <c>integration=slack</c>; null when never measured (not even 0).</summary>
    public long? Value(string tags) => _sums.TryGetValue(tags, out var v) ? v : null;

    public void Dispose() => _listener.Dispose();
}
