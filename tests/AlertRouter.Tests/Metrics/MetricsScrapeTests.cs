using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Metrics;

public class MetricsScrapeTests
{
    private const string Text = """
        # HELP a_total Help with \\ and \n.
        # TYPE a_total counter
        a_total{integration="slack",reason="x"} 2
        a_total{integration="slack",reason="y"} 3
        a_total{integration="email",reason="x"} 1.5e+06
        # TYPE g gauge
        g{v="q\"\\\n"} -Inf
        g NaN
        plain 42

        """;

    [Fact]
    public void Value_ExactAndSubsetLabelMatch_FoundOrNull()
    {
        var scrape = MetricsScrape.Parse(Text);

        Assert.Equal(2, scrape.Value("a_total", ("integration", "slack"), ("reason", "x")));
        Assert.Equal(1.5e6, scrape.Value("a_total", ("integration", "email")));
        Assert.Equal(42, scrape.Value("plain"));
        Assert.Null(scrape.Value("a_total", ("integration", "pagerduty")));
        Assert.Null(scrape.Value("missing"));
    }

    [Fact]
    public void Value_SeveralMatches_ThrowsAndSumAdds()
    {
        var scrape = MetricsScrape.Parse(Text);

        Assert.Throws<InvalidOperationException>(() => scrape.Value("a_total", ("integration", "slack")));
        Assert.Equal(5, scrape.Sum("a_total", ("integration", "slack")));
    }

    [Fact]
    public void Parse_EscapesSpecialValuesTypesAndHelp_Decoded()
    {
        var scrape = MetricsScrape.Parse(Text);

        Assert.Equal(double.NegativeInfinity, scrape.Value("g", ("v", "q\"\\\n")));
        Assert.True(double.IsNaN(scrape.Samples.Single(s => s.Name == "g" && s.Labels.Count == 0).Value));
        Assert.Equal("counter", scrape.Types["a_total"]);
        Assert.Equal("Help with \\ and \n.", scrape.Help["a_total"]);
    }
}
