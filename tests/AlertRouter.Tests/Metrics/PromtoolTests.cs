namespace AlertRouter.Tests.Metrics;

/// <summary>The promtool runner tells findings apart; a live scrape is checked in <see cref="SeriesListTests"/>.</summary>
public class PromtoolTests
{
    [Theory]
    [InlineData("# HELP x counter\n# TYPE x counter\nx 1\n", 3, "counter metrics should have \"_total\" suffix")]
    [InlineData("# TYPE x_total counter\nx_total 1\n", 3, "no help text")]
    [InlineData("# HELP x x\n# TYPE x gauge\nx{a=\"unterminated} 1\n", 1, "")]
    public async Task CheckMetrics_BadExposition_Flagged(string exposition, int expectedExit, string expectedFinding)
    {
        var (exitCode, output, errors) = await PromtoolRunner.CheckMetricsAsync(exposition);

        Assert.Equal(expectedExit, exitCode);
        Assert.Contains(expectedFinding, output + errors, StringComparison.Ordinal);
    }
}
