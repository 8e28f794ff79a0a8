using AlertRouter.Routing;

namespace AlertRouter.Tests.Routing.Utf8;

public class Utf8MatcherParserTests
{
    [Theory]
    [InlineData("{foo=bar,}", "foo=\"bar\"")]
    [InlineData("foo!~[a-z]+", "foo!~\"[a-z]+\"")]
    [InlineData("{\"foo\"=\"\\xf0\\x9f\\x99\\x82\"}", "foo=\"🙂\"")]
    [InlineData("{\"foo\"=\"\\U0001f642\"}", "foo=\"🙂\"")]
    [InlineData("{foo=🙂bar}", "foo=\"🙂bar\"")]
    [InlineData("{\"foo\"=~\"\\\\d+\"}", "foo=~\"\\\\d+\"")]
    [InlineData("{\"foo\"=\"bar\\t\"}", "foo=\"bar\t\"")]
    [InlineData("\"foo bar\"=baz", "\"foo bar\"=\"baz\"")]
    [InlineData("{foo=bar,bar!=baz}", "foo=\"bar\",bar!=\"baz\"")]
    public void ParseList_ValidInput_ParsesAndPrints(string input, string printed)
    {
        var matchers = MatcherParser.ParseList(input, MatcherParseMode.Utf8Strict).Matchers;

        Assert.Equal(printed, string.Join(',', matchers));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("{}", 0)]
    public void ParseList_Empty_GivesNoMatchers(string input, int count)
    {
        Assert.Equal(count, MatcherParser.ParseList(input, MatcherParseMode.Utf8Strict).Matchers.Count);
    }

    [Theory]
    [InlineData(",", "0:1: unexpected ,: expected label name")]
    [InlineData("{,}", "1:2: unexpected ,: expected label name")]
    [InlineData("{", "0:1: end of input: expected close brace")]
    [InlineData("}", "0:1: }: expected opening brace")]
    [InlineData("foo=bar}", "0:8: }: expected opening brace")]
    [InlineData("{foo=bar", "0:8: end of input: expected close brace")]
    [InlineData("{foo=:\"bar\"}", "6:11: unexpected \"bar\": expected a comma or close brace")]
    [InlineData("{foo=\"bar\\w\"}", "5:12: \"bar\\w\": invalid input")]
    [InlineData("{\"foo\"=~\"\\d+\"}", "8:13: \"\\d+\": invalid input")]
    [InlineData("{foo=bar\\n}", "8:9: \\: invalid input: expected a comma or close brace")]
    [InlineData("{\"foo\"=\"\\xf0\\x9f\"}", "7:17: \"\\xf0\\x9f\": invalid input")]
    [InlineData("foo=", "end of input: expected label value")]
    public void ParseList_InvalidInput_FailsWithPositions(string input, string message)
    {
        var error = Assert.Throws<MatcherParseException>(() => MatcherParser.ParseList(input, MatcherParseMode.Utf8Strict));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("", "no matchers")]
    [InlineData("foo=bar,bar=baz", "expected 1 matcher, found 2")]
    [InlineData("{foo=bar}", "unexpected open or close brace: {foo=bar}")]
    public void ParseOne_NotExactlyOne_Fails(string input, string message)
    {
        var error = Assert.Throws<MatcherParseException>(() => MatcherParser.ParseOne(input, MatcherParseMode.Utf8Strict));

        Assert.Equal(message, error.Message);
    }
}
