using System.Collections.Concurrent;

namespace AlertRouter.Routing;

/// <summary>
/// A small process-wide number for every label name a matcher uses, so one route evaluation looks each name up in
/// the alert's labels once however many matchers test it. Label names in configs are few, so this stays small.
/// </summary>
internal static class LabelSlots
{
    private static readonly ConcurrentDictionary<string, int> Slots = new(StringComparer.Ordinal);

    public static int Count => Slots.Count;

    public static int Of(string name) => Slots.GetOrAdd(name, static _ => Slots.Count);
}
