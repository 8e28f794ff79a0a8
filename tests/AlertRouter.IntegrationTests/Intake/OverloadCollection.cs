namespace AlertRouter.IntegrationTests.Intake;

/// <summary>
/// The overload test saturates the machine on purpose: it runs alone, after the parallel collections, so the timing
/// windows of the other tests are not measured under its flood.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OverloadCollection
{
    public const string Name = "overload";
}
