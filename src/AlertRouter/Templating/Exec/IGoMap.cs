namespace AlertRouter.Templating.Exec;

/// <summary>A Go map with string keys (the only maps Alertmanager's data and functions make).</summary>
internal interface IGoMap
{
    int Count { get; }

    bool TryGet(string key, out GoValue value);

    /// <summary>Keys in Go's fmtsort order (bytewise for strings).</summary>
    IReadOnlyList<string> SortedKeys { get; }
}
