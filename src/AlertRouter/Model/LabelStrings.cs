using System.Collections.Concurrent;

namespace AlertRouter.Model;

/// <summary>
/// Shares the strings that repeat across alerts (label names; short values such as severity, job, team), so a
/// store of 100,000 alerts does not hold 100,000 copies of "severity". Bounded: past the cap strings are just kept.
/// </summary>
public static class LabelStrings
{
    private const int MaxEntries = 200_000;
    private const int MaxInternedLength = 64;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Intern(string text) =>
        Pool.TryGetValue(text, out var shared) ? shared : Pool.Count < MaxEntries ? Pool.GetOrAdd(text, text) : text;

    public static string InternShort(string text) => text.Length <= MaxInternedLength ? Intern(text) : text;
}
