using AlertRouter.Model;
using AlertRouter.Routing;

namespace AlertRouter.Tests.Routing;

public class MatcherTests
{
    [Theory]
    [InlineData(MatcherType.NotEqual, "x", "v", true)]
    [InlineData(MatcherType.Equal, "x", "", true)]
    [InlineData(MatcherType.Regexp, "x", ".*", true)]
    [InlineData(MatcherType.NotRegexp, "x", ".+", true)]
    [InlineData(MatcherType.Regexp, "x", ".+", false)]
    [InlineData(MatcherType.Equal, "x", "v", false)]
    public void Matches_MissingLabel_CountsAsEmpty(MatcherType type, string name, string value, bool expected)
    {
        Assert.Equal(expected, Matcher.Create(type, name, value).Matches(LabelSet.Of(("other", "1"))));
    }

    [Theory]
    [InlineData(MatcherType.Regexp, "owner", "team-(B|C)", "owner=~\"team-(B|C)\"")]
    [InlineData(MatcherType.Equal, "a", "with \"quote\" and \\ and\nnewline", "a=\"with \\\"quote\\\" and \\\\ and\\nnewline\"")]
    [InlineData(MatcherType.NotEqual, "service name", "tab\there", "\"service name\"!=\"tab\\there\"")]
    [InlineData(MatcherType.Equal, "a", "café", "a=\"café\"")]
    public void ToString_QuotesAsAlertmanager(MatcherType type, string name, string value, string expected)
    {
        Assert.Equal(expected, Matcher.Create(type, name, value).ToString());
    }

    [Fact]
    public void Sorted_OrdersByNameValueThenType()
    {
        var matchers = Matchers.Sorted([
            Matcher.Create(MatcherType.NotRegexp, "b", "1"),
            Matcher.Create(MatcherType.Equal, "b", "1"),
            Matcher.Create(MatcherType.Equal, "a", "2"),
            Matcher.Create(MatcherType.Regexp, "b", "0"),
        ]);

        Assert.Equal("{a=\"2\",b=~\"0\",b=\"1\",b!~\"1\"}", matchers.ToString());
    }
}
