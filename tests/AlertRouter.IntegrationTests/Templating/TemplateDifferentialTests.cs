namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The engine renders every corpus case over the same data as Alertmanager 0.25 did, byte for byte on the wire, and
/// fails at execution exactly where Alertmanager did. One failure lists every differing case.
/// </summary>
[Collection(TemplateOracleCollection.Name)]
public class TemplateDifferentialTests(AlertmanagerOracle oracle)
{
    [Fact]
    public void Render_Corpus_MatchesAlertmanagerByteForByte()
    {
        var runs = oracle.Renderings.Where(r => r.Run.Case.Category is not ("fuzz" or "malformed")).ToList();
        var differences = runs.Select(r => EngineComparison.Compare(oracle, r)).OfType<string>().ToList();

        Assert.True(runs.Count >= 60, "the corpus needs at least 60 renderings");
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {runs.Count} renderings differ from Alertmanager 0.25:\n\n{string.Join("\n\n", differences)}");
    }
}
