using AlertRouter.Model;

namespace AlertRouter.Tests.Model;

public class GoTimeTests
{
    [Theory]
    [InlineData("2026-11-21T10:54:56.84677489Z", "2026-11-21T10:54:56.8467748Z")]
    [InlineData("2026-11-21T10:55:03Z", "2026-11-21T10:55:03Z")]
    [InlineData("2026-11-21T11:55:03.5+01:00", "2026-11-21T10:55:03.5Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    public void ParseThenFormat_RoundTripsAtDotNetPrecision(string input, string expected)
    {
        Assert.True(GoTime.TryParse(input, out var time));

        Assert.Equal(expected, GoTime.Format(time));
    }

    [Fact]
    public void ZeroTime_IsZero()
    {
        Assert.True(GoTime.TryParse("0001-01-01T00:00:00Z", out var time));

        Assert.True(GoTime.IsZero(time));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-11-21 10:54:56Z")]
    [InlineData("2026-11-21T10:54:56.1234567890Z")]
    [InlineData("2026-13-21T10:54:56Z")]
    [InlineData("2026-11-21T10:54:56")]
    public void TryParse_RejectsWhatGoRejects(string input)
    {
        Assert.False(GoTime.TryParse(input, out _));
    }
}
