using AlertRouter.Routing;
using AlertRouter.Routing.TimeIntervals;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Fuzz;

/// <summary>What each fuzzing finding was, as behaviour (the inputs themselves run in <see cref="FuzzCorpusTests"/>).</summary>
public sealed class FuzzFindingTests
{
    [Fact]
    public void Load_FlowSequenceLeftOpen_ReportsSyntaxErrorWithPlace()
    {
        // YamlDotNet threw InvalidOperationException out of the loader for this.
        var result = TestConfigs.Load("route:\n  receiver: x\n  group_by: [alertname,\nservice\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("did not find expected ',' or closing bracket of a flow collection", error.Message);
        Assert.Equal(3, error.Location!.Line);
        Assert.EndsWith("alertmanager.yml", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Location_ZoneDatabaseDirectory_IsAnUnknownTimeZone()
    {
        // "Europe" is a directory of /usr/share/zoneinfo; .NET threw SecurityException for it.
        var e = Assert.Throws<FormatException>(() => TimeIntervalSyntax.Location("Europe"));

        Assert.Equal("unknown time zone Europe", e.Message);
    }

    [Fact]
    public void Compile_UnicodeLetterClass_BuildsAstralBranchesOnlyForValuesThatNeedThem()
    {
        // \pL as surrogate-pair alternations took NonBacktracking seconds to build, on every config load.
        var regex = GoRegexp.Compile(@"\pL\pL");

        Assert.DoesNotContain(@"\uD8", regex.DotNetPattern!, StringComparison.Ordinal);
        Assert.True(regex.IsMatch("éa"));
        Assert.False(regex.IsMatch("a1"));
        Assert.True(regex.IsMatch("a\U0001D400"));   // MATHEMATICAL BOLD CAPITAL A, a letter outside the BMP
        Assert.False(regex.IsMatch("a\U0001F600"));  // an emoji is not a letter
    }
}
