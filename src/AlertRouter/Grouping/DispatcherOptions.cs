namespace AlertRouter.Grouping;

/// <summary>Settings under <c>AlertRouter:Dispatcher</c>.</summary>
public sealed class DispatcherOptions
{
    public const string Section = "AlertRouter:Dispatcher";

    /// <summary>
    /// Run the flush loop in this process. Default true; false makes an intake/API-only replica (and lets tests
    /// drive flushes one by one).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Groups flushed per store transaction. Default 2000 (bigger batches cost memory, not much time).</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary>
    /// How long a claimed group belongs to this replica. A replica that dies loses its groups after this long and
    /// another takes over. Default 15 s.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest sleep between looks at the store when nothing is due. Default 1 s.</summary>
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromSeconds(1);
}
