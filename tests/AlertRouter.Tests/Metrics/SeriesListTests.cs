namespace AlertRouter.Tests.Metrics;

/// <summary>
/// The series <c>/metrics</c> exports, checked against <c>testdata/metrics/series.txt</c>: the Grafana dashboard, the
/// Prometheus rules and their promtool tests read these names, labels and pre-initialised series, so any change to
/// them must show up here as a reviewed change to that file.
/// </summary>
public class SeriesListTests(DeliveredApp delivered) : IClassFixture<DeliveredApp>
{
    [Fact]
    public async Task Scrape_AfterOneDelivery_SeriesMatchCheckedInList()
    {
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "testdata", "metrics", "series.txt"));

        var actual = SeriesList.Of(delivered.Exposition);

        Assert.True(expected == actual, $"series differ from testdata/metrics/series.txt:\n{Diff(expected, actual)}\nfull list now:\n{actual}");
    }

    [Fact]
    public async Task Scrape_AfterOneDelivery_PromtoolFindsNothing()
    {
        var (exitCode, output, errors) = await PromtoolRunner.CheckMetricsAsync(delivered.Exposition);

        Assert.True(exitCode == 0 && output.Length == 0 && errors.Length == 0,
            $"promtool exited {exitCode}\nstdout: {output}\nstderr: {errors}\ninput:\n{delivered.Exposition}");
    }

    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)));
    }
}
