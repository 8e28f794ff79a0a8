using AlertRouter.Metrics;

namespace AlertRouter.Tests.Metrics;

public class PrometheusFormatTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-1d, "-1")]
    [InlineData(42d, "42")]
    [InlineData(1048576d, "1048576")]
    [InlineData(9007199254740991d, "9007199254740991")]
    [InlineData(9007199254740992d, "9.007199254740992e+15")]
    [InlineData(1e300, "1e+300")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.25, "0.25")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(1234567.5, "1.2345675e+06")]
    [InlineData(1763720123.456, "1.763720123456e+09")]
    [InlineData(1d / 3, "0.3333333333333333")]
    [InlineData(double.Epsilon, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    public void Value_FormatsAsGoStrconvWithExactIntegersPlain(double value, string expected)
    {
        Assert.Equal(expected, PrometheusFormat.Value(value));
    }

    [Fact]
    public void Value_NegativeZero_WrittenAsZero()
    {
        Assert.Equal("0", PrometheusFormat.Value(-0d));
    }

    [Fact]
    public void Value_AnyFiniteDouble_RoundTrips()
    {
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsFinite(value))
            {
                continue;
            }

            Assert.Equal(value, double.Parse(PrometheusFormat.Value(value), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("say \"hi\"", "say \"hi\"")]
    public void EscapeHelp_EscapesBackslashAndNewlineOnly(string text, string expected)
    {
        Assert.Equal(expected, PrometheusFormat.EscapeHelp(text));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("\\\"\n", "\\\\\\\"\\n")]
    [InlineData("ünïcode ✓", "ünïcode ✓")]
    public void EscapeLabelValue_EscapesBackslashQuoteAndNewline(string text, string expected)
    {
        Assert.Equal(expected, PrometheusFormat.EscapeLabelValue(text));
    }
}
