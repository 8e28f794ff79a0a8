using AlertRouter.Re2;

namespace AlertRouter.Tests.Re2;

/// <summary>Go's regexp syntax errors, word for word, for patterns anchored as Alertmanager anchors matcher values.</summary>
public class Re2ParserTests
{
    [Theory]
    [InlineData("[x", "missing closing ]: `[x)$`")]
    [InlineData("(x", "missing closing ): `^(?:(x)$`")]
    [InlineData("x)", "unexpected ): `^(?:x))$`")]
    [InlineData("*", "missing argument to repetition operator: `*`")]
    [InlineData("a**", "invalid nested repetition operator: `**`")]
    [InlineData("a{1001}", "invalid repeat count: `{1001}`")]
    [InlineData("a{2,1}", "invalid repeat count: `{2,1}`")]
    [InlineData("(?=x)", "invalid or unsupported Perl syntax: `(?=`")]
    [InlineData("(?<=x)", "invalid or unsupported Perl syntax: `(?<`")]
    [InlineData("\\1", "invalid escape sequence: `\\1`")]
    [InlineData("\\Z", "invalid escape sequence: `\\Z`")]
    [InlineData("[z-a]", "invalid character class range: `z-a`")]
    [InlineData("[[:foo:]]", "invalid character class range: `[:foo:]`")]
    [InlineData("(?P<>x)", "invalid named capture: `(?P<>`")]
    [InlineData("x{2}{3}", "invalid nested repetition operator: `{2}{3}`")]
    public void Parse_InvalidAnchoredPattern_FailsWithGoMessage(string pattern, string message)
    {
        var error = Assert.Throws<Re2Exception>(() => Re2Parser.Parse("^(?:" + pattern + ")$"));

        Assert.Equal("error parsing regexp: " + message, error.Message);
    }
}
