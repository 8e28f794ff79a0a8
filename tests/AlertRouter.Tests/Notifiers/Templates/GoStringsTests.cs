using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Tests.Notifiers.Templates;

public class GoStringsTests
{
    [Theory]
    [InlineData("a b/c\\.d", "a+b%2Fc%5C.d")]
    [InlineData("AZaz09-_.~", "AZaz09-_.~")]
    [InlineData("é&=?", "%C3%A9%26%3D%3F")]
    public void QueryEscape_MatchesGoUrlQueryEscape(string input, string expected)
    {
        Assert.Equal(expected, GoStrings.QueryEscape(input));
    }

    [Theory]
    [InlineData("abcdef", 6, "abcdef", false)]
    [InlineData("abcdefg", 6, "abcde…", true)]
    [InlineData("abcdefg", 3, "abc", true)]
    [InlineData("🙂🙂🙂🙂🙂", 4, "🙂🙂🙂…", true)]
    [InlineData("🙂🙂🙂🙂", 4, "🙂🙂🙂🙂", false)]
    public void TruncateInRunes_CountsRunesAndMarksTheCut(string input, int max, string expected, bool truncated)
    {
        Assert.Equal(expected, GoStrings.TruncateInRunes(input, max, out var cut));
        Assert.Equal(truncated, cut);
    }
}
