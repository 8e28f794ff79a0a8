using System.Collections.Concurrent;

namespace AlertRouter.Routing;

/// <summary>
/// A small process-wide number for every label name a matcher uses, so one route evaluation looks each name up in
/// the alert's labels once however many matchers test it. Label names in configs are few, so this stays small.
/// </summary>
internal static class LabelSlots
{
    private static readonly ConcurrentDictionary<string, int> Slots = new(StringComparer.Ordinal);
    private static int _next = -1;

    // The factory may run more than once for a key under contention; the counter keeps every stored slot distinct.
    public static int Of(string name) => Slots.GetOrAdd(name, static _ => Interlocked.Increment(ref _next));
}
