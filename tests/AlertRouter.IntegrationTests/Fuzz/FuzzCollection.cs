namespace AlertRouter.IntegrationTests.Fuzz;

/// <summary>
/// The fuzzing run keeps a core busy for a minute, so it runs alone, after the parallel collections: timed tests
/// (replica leases, failover windows) must not share the two cores with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "fuzz";
}
