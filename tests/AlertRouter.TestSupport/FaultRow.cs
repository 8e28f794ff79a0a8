namespace AlertRouter.TestSupport;

/// <summary>
/// One row of the fault table every fault test prints: what was injected, and what became of the webhooks it
/// accepted. <see cref="Lost"/> and <see cref="Duplicated"/> must both be 0.
/// </summary>
public sealed record FaultRow(string Fault, string Injected, int Accepted, int Delivered, int Lost, int Duplicated)
{
    /// <summary>The row from what intake accepted and how many notifications each accepted key reached a receiver with.</summary>
    public static FaultRow Of(string fault, string injected, IReadOnlyCollection<string> accepted, IReadOnlyDictionary<string, int> delivered) =>
        new(fault, injected, accepted.Count, accepted.Count(delivered.ContainsKey), accepted.Count(a => !delivered.ContainsKey(a)),
            delivered.Values.Sum(n => n - 1));

    public override string ToString() => $"fault|{Fault}|{Injected}|{Accepted}|{Delivered}|{Lost}|{Duplicated}";
}
