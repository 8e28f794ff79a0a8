using AlertRouter.TestSupport;
using Prometheus;

namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>Reads one counter's series from the registry of one test's services, as <c>/metrics</c> would export it.</summary>
internal sealed class MetricRecorder(CollectorRegistry registry, string name)
{
    /// <summary>The value for a label set written as <c>integration=slack</c>; null when the series does not exist.</summary>
    public long? Value(string labels)
    {
        // Exporting into memory finishes synchronously; Value stays synchronous for the tests that read it.
        var scrape = MetricsScrape.CollectAsync(registry).GetAwaiter().GetResult();
        var pairs = labels.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).Select(p => (p[0], p[1])).ToArray();
        return (long?)scrape.Value(name, pairs);
    }
}
