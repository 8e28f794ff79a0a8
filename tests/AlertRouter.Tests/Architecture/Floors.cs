namespace AlertRouter.Tests.Architecture;

/// <summary>
/// The floors of src/AlertRouter as drawn in docs/architecture.md (section "Floors"): every line of the picture
/// between the box edges <c>│ ... │</c> is a floor, top floor first; <c>│</c> splits it into rooms (folder paths).
/// </summary>
internal sealed class Floors
{
    private readonly Dictionary<string, int> _floorOf;

    private Floors(Dictionary<string, int> floorOf) => _floorOf = floorOf;

    /// <summary>Each room and its floor, 0 being the bottom one.</summary>
    public IReadOnlyDictionary<string, int> FloorOf => _floorOf;

    public static Floors Parse(string markdown)
    {
        var lines = markdown.Split('\n');
        var heading = Array.FindIndex(lines, l => l.TrimEnd() == "## Floors");
        var open = heading < 0 ? -1 : Array.FindIndex(lines, heading, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = open < 0 ? -1 : Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        if (close < 0)
        {
            throw new FormatException("docs/architecture.md has no picture in a fenced block under '## Floors'");
        }

        var floors = lines[(open + 1)..close]
            .Where(l => l.StartsWith('│'))
            .Select(l => l[1..l.LastIndexOf('│')].Split('│').Select(r => r.Trim()).Where(r => r.Length > 0).ToList())
            .Reverse()
            .ToList();
        var floorOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var floor = 0; floor < floors.Count; floor++)
        {
            foreach (var room in floors[floor])
            {
                if (!floorOf.TryAdd(room, floor))
                {
                    throw new FormatException($"room {room} is drawn twice in the floors of docs/architecture.md");
                }
            }
        }

        return new Floors(floorOf);
    }

    /// <summary>The room a folder (path under src/AlertRouter, '/'-separated) is in: the longest room containing it.</summary>
    public string? RoomOf(string folder) =>
        _floorOf.Keys.Where(r => folder == r || folder.StartsWith(r + "/", StringComparison.Ordinal)).MaxBy(r => r.Length);

    /// <summary>The room of a namespace of the service (AlertRouter.Storage.Sqlite → Storage/Sqlite).</summary>
    public string? RoomOfNamespace(string ns) =>
        ns.StartsWith("AlertRouter.", StringComparison.Ordinal) ? RoomOf(ns["AlertRouter.".Length..].Replace('.', '/')) : null;
}
