using AlertRouter.Re2;
using AlertRouter.Routing;

namespace AlertRouter.Tests.Routing;

public class GoRegexpTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("foo", "foobar", false)]
    [InlineData("foo|bar", "bar", true)]
    [InlineData("prod.*", "production", true)]
    [InlineData("prod.*", "prod\nx", false)]
    [InlineData(".*", "a\nb", false)]
    [InlineData("(?s).*", "a\nb", true)]
    [InlineData("\\d+", "١٢", false)]
    [InlineData("\\d+", "123", true)]
    [InlineData("\\w+", "héllo", false)]
    [InlineData("\\s", "\u00a0", false)]
    [InlineData("\\s", "\v", false)]
    [InlineData(".", "🙂", true)]
    [InlineData("[^a]", "🙂", true)]
    [InlineData("a$", "a\n", false)]
    [InlineData("(?i)foo", "FOO", true)]
    [InlineData("(?i)k", "\u212a", true)]
    [InlineData("[[:alpha:]]+", "abcXYZ", true)]
    [InlineData("(?P<name>a+)b", "aab", true)]
    [InlineData("\\Qa.b\\E", "a.b", true)]
    [InlineData("\\Qa.b\\E", "axb", false)]
    [InlineData("x{2,3}", "xxx", true)]
    [InlineData("x{2,3}", "xxxx", false)]
    [InlineData("a{,2}", "a{,2}", true)]
    [InlineData("\\pL+", "héllo", true)]
    [InlineData("\\p{Greek}", "α", null)]
    [InlineData("", "", true)]
    [InlineData("a|", "", true)]
    [InlineData("\\x41\\x{42}\\101", "ABA", true)]
    public void IsMatch_FullyAnchoredRe2Semantics(string pattern, string input, bool? expected)
    {
        if (expected is null)
        {
            Assert.Throws<Re2Exception>(() => GoRegexp.Compile(pattern));
            return;
        }

        Assert.Equal(expected, GoRegexp.Compile(pattern).IsMatch(input));
    }

    [Theory]
    [InlineData("a|b|cd", "cd")]
    [InlineData("prod.*", "prod-eu")]
    [InlineData(".+", "x")]
    public void Compile_CommonShapes_SkipTheRegexEngine(string pattern, string input)
    {
        var regex = GoRegexp.Compile(pattern);

        Assert.Null(regex.DotNetPattern);
        Assert.True(regex.IsMatch(input));
    }
}
