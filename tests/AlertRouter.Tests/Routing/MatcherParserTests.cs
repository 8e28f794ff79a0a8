using AlertRouter.Routing;

namespace AlertRouter.Tests.Routing;

public class MatcherParserTests
{
    [Fact]
    public void ParseList_Fallback_Utf8FailsClassicSucceeds_UsesClassicWithWarning()
    {
        var result = MatcherParser.ParseList("foo=");

        Assert.Equal("foo=\"\"", Assert.Single(result.Matchers).ToString());
        Assert.NotNull(result.Warning);
    }

    [Fact]
    public void ParseList_Fallback_Disagreement_UsesClassic()
    {
        // Classic keeps the quotes of a value that does not start with one; UTF-8 reads an unquoted token.
        var result = MatcherParser.ParseList("foo=bar\\\"baz");

        Assert.Throws<MatcherParseException>(() => MatcherParser.ParseList("foo=bar\\\"baz", MatcherParseMode.Utf8Strict));
        Assert.Equal(ClassicMatcherParser.ParseMatchers("foo=bar\\\"baz"), result.Matchers);
    }

    [Fact]
    public void ParseList_Fallback_OnlyUtf8Succeeds_UsesUtf8()
    {
        var result = MatcherParser.ParseList("{\"service name\"=\"checkout\"}");

        Assert.Equal("\"service name\"=\"checkout\"", Assert.Single(result.Matchers).ToString());
        Assert.Null(result.Warning);
    }

    [Fact]
    public void ParseList_Fallback_BothFail_ReportsClassicError()
    {
        var error = Assert.Throws<MatcherParseException>(() => MatcherParser.ParseList("foo"));

        Assert.Equal("bad matcher format: foo", error.Message);
    }

    [Fact]
    public void ParseList_Fallback_NameOnlyValidInUtf8_UsesUtf8()
    {
        var result = MatcherParser.ParseList("{invalid-name = \"valid label\"}");

        Assert.Equal("invalid-name=\"valid label\"", Assert.Single(result.Matchers).ToString());
    }

    [Fact]
    public void ParseList_Fallback_BothAgree_NoWarning()
    {
        var result = MatcherParser.ParseList("{team=\"db\", severity=~\"critical|page\"}");

        Assert.Null(result.Warning);
        Assert.Equal(2, result.Matchers.Count);
    }
}
