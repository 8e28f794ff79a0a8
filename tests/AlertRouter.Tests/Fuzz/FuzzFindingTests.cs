using AlertRouter.Re2;
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

    [Theory]
    [InlineData("24:00\n")]
    [InlineData("09:30\n")]
    public void Times_TrailingNewline_IsAnInvalidTimestampAsInGo(string end)
    {
        // .NET's $ matched before the final newline, so "24:00\n" (a YAML block scalar) was accepted.
        var e = Assert.Throws<FormatException>(() => TimeIntervalSyntax.Times("00:00", end));

        Assert.Equal($"couldn't parse timestamp {end}, invalid format", e.Message);
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

    [Fact]
    public void Load_AliasesOfAliases_IsExcessiveAliasing()
    {
        // 666 bytes that expand to 10^7 routes: the loader ran for minutes.
        var yaml = "receivers: [{name: r}]\nroute:\n  receiver: r\n  routes:\n    - &r0 {receiver: r}\n" + string.Concat(
            Enumerable.Range(1, 7).Select(i => $"    - &r{i} {{receiver: r, routes: [{string.Join(", ", Enumerable.Repeat($"*r{i - 1}", 10))}]}}\n"));

        var error = Assert.Single(TestConfigs.Load(yaml).Errors);

        Assert.Equal("document contains excessive aliasing", error.Message);
        Assert.Equal(12, error.Location!.Line);
    }

    [Fact]
    public void Load_AnchorsUsedAFewTimes_AreFine()
    {
        var result = TestConfigs.Load("""
            route: {receiver: a, group_by: &by [alertname, service], routes: [{receiver: b, group_by: *by}]}
            receivers:
              - &receiver {name: a, webhook_configs: [&hook {url: 'http://127.0.0.1/hook'}]}
              - {<<: *receiver, name: b, webhook_configs: [*hook, *hook]}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(1000, false)]
    public void Load_NestedRoutes_DeeperThanMaxDepthIsAnErrorNotAStackOverflow(int depth, bool loads)
    {
        // 1,000 nested routes overflowed a thread-pool stack and killed the process (config reload runs there).
        var yaml = "receivers: [{name: r}]\nroute: " + string.Concat(Enumerable.Repeat("{receiver: r, routes: [", depth)) + "{receiver: r}" +
            string.Concat(Enumerable.Repeat("]}", depth));

        var result = TestConfigs.Load(yaml);

        Assert.Equal(loads, result.Succeeded);
        Assert.True(loads || result.Errors.Single().Message == "exceeded max depth of 256", string.Join("\n", result.Errors));
    }

    [Fact]
    public void Compile_TooLargeForNonBacktracking_IsExpressionTooLargeNotNotSupportedException()
    {
        // NonBacktracking threw NotSupportedException (automaton over 10,000 nodes) out of Matcher.Create.
        var e = Assert.Throws<MatcherParseException>(() => Matcher.Create(MatcherType.Regexp, "a", "TWyx{1000},3TWyx{1000},3}"));

        Assert.Equal("error parsing regexp: expression too large: `^(?:TWyx{1000},3TWyx{1000},3})$`", e.Message);
    }

    [Fact]
    public void IsMatch_AstralValueOnARepeatedUnicodeClass_MatchesWithoutThrowing()
    {
        // The surrogate-pair branches of \pL{10} passed NonBacktracking's size limit until they were grouped by high
        // surrogate; past the limit an astral character is matched as U+FFFD instead of throwing.
        Assert.True(GoRegexp.Compile(@"\pL{10}").IsMatch("aaaaaaaaa\U0001D400"));
        Assert.Null(Record.Exception(() => GoRegexp.Compile(@"\pL{40}").IsMatch(new string('a', 39) + "\U0001D400")));
    }

    [Theory]
    [InlineData(@"\ps")]
    [InlineData(@"\p{lu}")]
    [InlineData(@"\p{L_u}")]
    [InlineData(@"\p{LC}")]
    [InlineData(@"\p{ASCII}")]
    [InlineData(@"\P{Assigned}")]
    public void Compile_CategoryNameGo119DoesNotKnow_IsRejectedAsGoRejectsIt(string pattern)
    {
        // Found by comparing the re2 fuzz corpus with Go 1.19.8: these compiled here, so check-config accepted what
        // amtool 0.25 rejects.
        var e = Assert.Throws<Re2Exception>(() => GoRegexp.Compile(pattern));

        Assert.Equal($"error parsing regexp: invalid character class range: `{pattern}`", e.Message);
    }

    [Theory]
    [InlineData(@"\pL", "é", true)]
    [InlineData(@"\p{Lu}", "É", true)]
    [InlineData(@"\PN", "7", false)]
    [InlineData(@"\p{Any}", "\n", true)]
    [InlineData(@"[\p{Nd}x]", "x", true)]
    public void Compile_CategoryNameGo119Knows_Matches(string pattern, string value, bool matches) =>
        Assert.Equal(matches, GoRegexp.Compile(pattern).IsMatch(value));
}
