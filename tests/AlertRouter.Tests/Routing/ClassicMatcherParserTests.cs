using AlertRouter.Routing;

namespace AlertRouter.Tests.Routing;

public class ClassicMatcherParserTests
{
    [Theory]
    [InlineData("{foo=bar}}", "foo", MatcherType.Equal, "bar}")]
    [InlineData("tricky=~~~", "tricky", MatcherType.Regexp, "~~")]
    [InlineData("trickier==\\\\=\\=\\\"", "trickier", MatcherType.Equal, "=\\=\\=\"")]
    [InlineData("foo = \"bar\"", "foo", MatcherType.Equal, "bar")]
    [InlineData("foo=\"bar\\nbaz\"", "foo", MatcherType.Equal, "bar\nbaz")]
    [InlineData("foo=", "foo", MatcherType.Equal, "")]
    [InlineData("foo!~\"[0-9]+\"", "foo", MatcherType.NotRegexp, "[0-9]+")]
    [InlineData("a:b!=c", "a:b", MatcherType.NotEqual, "c")]
    [InlineData("foo=bar\\", "foo", MatcherType.Equal, "bar\\")]
    [InlineData("foo=\\d", "foo", MatcherType.Equal, "\\d")]
    public void ParseMatchers_QuirkyInput_ParsesLikeAlertmanager(string input, string name, MatcherType type, string value)
    {
        var matcher = Assert.Single(ClassicMatcherParser.ParseMatchers(input));

        Assert.Equal((name, type, value), (matcher.Name, matcher.Type, matcher.Value));
    }

    [Theory]
    [InlineData("job=\"value", "matcher value contains unescaped double quote: \"value")]
    [InlineData("{invalid-name = \"valid label\"}", "bad matcher format: invalid-name = \"valid label\"")]
    [InlineData(",", "bad matcher format: ")]
    [InlineData("foo=\"bar\"baz\"", "matcher value contains unescaped double quote: \"bar\"baz\"")]
    [InlineData("foo=~\"[x\"", "error parsing regexp: missing closing ]: `[x)$`")]
    [InlineData("foo=~\"(?=x)\"", "error parsing regexp: invalid or unsupported Perl syntax: `(?=`")]
    public void ParseMatchers_InvalidInput_FailsWithAlertmanagerMessage(string input, string message)
    {
        var error = Assert.Throws<MatcherParseException>(() => ClassicMatcherParser.ParseMatchers(input));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ParseMatchers_CommaInsideQuotes_DoesNotSplit()
    {
        var matchers = ClassicMatcherParser.ParseMatchers("{quote=\"She said: \\\"Hi, ladies!\\\"\", b=2,}");

        Assert.Equal(["quote=\"She said: \\\"Hi, ladies!\\\"\"", "b=\"2\""], matchers.Select(m => m.ToString()));
    }

    [Fact]
    public void ParseMatchers_EmptyInputAndBraces_GiveNoMatchers()
    {
        Assert.Empty(ClassicMatcherParser.ParseMatchers(""));
        Assert.Empty(ClassicMatcherParser.ParseMatchers("{}"));
    }
}
