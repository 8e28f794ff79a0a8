using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace AlertRouter.Metrics;

/// <summary>
/// Exports every instrument of the <see cref="AlertRouterMeter.Name"/> meter made by this host's
/// <see cref="IMeterFactory"/> in Prometheus text format 0.0.4, plus process metrics computed at scrape time.
/// Instruments published later are picked up; those whose meter is disposed disappear.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private readonly ConcurrentDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);
    private readonly Lock _registration = new();
    private readonly Lock _scrape = new();
    private readonly IMeterFactory _scope;
    private readonly ILogger _logger;
    private readonly ProcessMetrics? _process;
    private readonly MeterListener _listener;
    private string? _lastObservationError;

    /// <param name="process">Process metrics to add to each scrape; null leaves them out (unit tests).</param>
    public PrometheusExporter(IMeterFactory meterFactory, ILogger<PrometheusExporter> logger, ProcessMetrics? process = null)
    {
        _scope = meterFactory;
        _logger = logger;
        _process = process;
        _listener = new MeterListener
        {
            InstrumentPublished = OnInstrumentPublished,
            MeasurementsCompleted = OnMeasurementsCompleted,
        };
        _listener.SetMeasurementEventCallback<double>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<float>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<long>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<short>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<byte>(static (_, value, tags, state) => ((MetricFamily)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<decimal>(static (_, value, tags, state) => ((MetricFamily)state!).Record((double)value, tags));

        // Last: Start() publishes the instruments that already exist, into the fields set above.
        _listener.Start();
    }

    public int FamilyCount => _families.Count;

    /// <summary>One scrape: observes the observable instruments, then writes all families sorted by name.</summary>
    public string Scrape()
    {
        var output = new StringBuilder();

        // Scrapes run one at a time because observable families are emptied and refilled in place. Measurements on
        // the hot path never take this lock.
        lock (_scrape)
        {
            var families = _families.Values.ToList();
            foreach (var family in families.Where(f => f.Shape.IsObservable))
            {
                family.Reset();
            }

            Observe();
            var writer = new ExpositionWriter(output);
            var all = families.Cast<IExposedFamily>().Concat(_process?.Collect() ?? []);
            foreach (var family in all.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                family.Write(writer);
            }
        }

        return output.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Observe()
    {
        try
        {
            _listener.RecordObservableInstruments();
            _lastObservationError = null;
        }
        catch (AggregateException ex)
        {
            // Every other callback has run by now (the listener collects the failures), so the scrape goes on.
            // Logged once per change of error, not at every scrape.
            var error = string.Join("; ", ex.InnerExceptions.Select(e => e.Message));
            if (error != _lastObservationError)
            {
                _lastObservationError = error;
                _logger.ObservationFailed(ex);
            }
        }
    }

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        // Only this host's factory: tests run several hosts in one process, and a listener sees every meter there is.
        if (instrument.Meter.Name != AlertRouterMeter.Name || !ReferenceEquals(instrument.Meter.Scope, _scope))
        {
            return;
        }

        var shape = InstrumentShape.Of(instrument);
        var problem = shape is null ? $"{instrument.GetType().Name} is not a supported instrument type"
            : ProcessMetrics.Names.Contains(instrument.Name) ? $"'{instrument.Name}' is a process metric the exporter writes itself"
            : MetricNameRules.CheckMetricName(instrument.Name, shape.Type);
        var family = problem is null ? Register(instrument, shape!) : null;
        if (family is null)
        {
            _logger.InstrumentSkipped(instrument.Name, problem ?? "another instrument of a different kind or with other buckets exports this name");
            return;
        }

        listener.EnableMeasurementEvents(instrument, family);
    }

    private MetricFamily? Register(Instrument instrument, InstrumentShape shape)
    {
        lock (_registration)
        {
            if (_families.TryGetValue(instrument.Name, out var existing))
            {
                if (!existing.Shape.IsCompatibleWith(shape))
                {
                    return null;
                }

                existing.Attach();
                return existing;
            }

            // promtool flags a family without help text, so an instrument without a description still gets one.
            var help = string.IsNullOrWhiteSpace(instrument.Description) ? instrument.Name : instrument.Description;
            var family = new MetricFamily(instrument.Name, help, shape, _logger);
            _families[instrument.Name] = family;
            return family;
        }
    }

    private void OnMeasurementsCompleted(Instrument instrument, object? state)
    {
        if (state is not MetricFamily family)
        {
            return;
        }

        lock (_registration)
        {
            if (family.Detach() == 0)
            {
                _families.TryRemove(new KeyValuePair<string, MetricFamily>(family.Name, family));
            }
        }
    }
}
