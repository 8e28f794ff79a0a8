using System.Globalization;
using AlertRouter.Routing.TimeIntervals;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Routing.TimeIntervals;

/// <summary>Ports semantics §8.2 #24–26 (timeinterval_test.go) and the parse messages of §6.</summary>
public class TimeIntervalTests
{
    [Theory]
    [InlineData("04 May 20 15:04 +0000", true)]
    [InlineData("04 May 20 08:59 +0000", false)]
    [InlineData("03 May 20 15:04 +0000", false)]
    [InlineData("04 May 20 17:00 +0000", false)]
    [InlineData("04 May 20 16:59 +0000", true)]
    public void Contains_BusinessHours_UtcWeekdays(string rfc822z, bool expected)
    {
        var interval = new TimeInterval
        {
            Times = [TimeIntervalSyntax.Times("09:00", "17:00")],
            Weekdays = [TimeIntervalSyntax.Weekday("monday:friday")],
        };

        Assert.Equal(expected, interval.Contains(Rfc822Z(rfc822z)));
    }

    [Theory]
    [InlineData("29 Feb 20 12:00 +0000", true)]
    [InlineData("30 Jun 20 12:00 +0000", true)]
    [InlineData("27 Jan 20 12:00 +0000", false)]
    [InlineData("01 Mar 20 12:00 +0000", false)]
    public void Contains_NegativeDaysOfMonth_CountFromMonthEnd(string rfc822z, bool expected)
    {
        var interval = new TimeInterval { DaysOfMonth = [TimeIntervalSyntax.DayOfMonth("-3:-1")] };

        Assert.Equal(expected, interval.Contains(Rfc822Z(rfc822z)));
    }

    [Fact]
    public void Contains_Location_ConvertsBeforeChecking()
    {
        var interval = new TimeInterval
        {
            Times = [TimeIntervalSyntax.Times("09:00", "17:00")],
            Location = TimeIntervalSyntax.Location("Australia/Sydney"),
        };

        Assert.True(interval.Contains(new DateTimeOffset(2020, 5, 4, 0, 30, 0, TimeSpan.Zero)));
        Assert.False(interval.Contains(new DateTimeOffset(2020, 5, 4, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("weekdays", "'1'", "1 is not a valid weekday")]
    [InlineData("weekdays", "'blurgsday'", "blurgsday is not a valid weekday")]
    [InlineData("weekdays", "'saturday:sunday'", "start day cannot be before end day")]
    [InlineData("days_of_month", "'10:-25'", "end day -25 is always before start day 10")]
    [InlineData("days_of_month", "'0'", "0 is not a valid day of the month: out of range")]
    [InlineData("days_of_month", "'50'", "50 is not a valid day of the month: out of range")]
    [InlineData("days_of_month", "'-5:5'", "end day must be negative if start day is negative")]
    [InlineData("months", "'december:january'", "end month january is before start month december")]
    [InlineData("months", "'martius'", "martius is not a valid month")]
    [InlineData("years", "'2022:2020'", "end year 2020 is before start year 2022")]
    [InlineData("location", "Mars/Olympus", "unknown time zone Mars/Olympus")]
    public void Load_BadIntervalMember_FailsWithAlertmanagerMessage(string field, string value, string message)
    {
        var yaml = field == "location" ? $"location: {value}" : $"{field}: [{value}]";

        var result = TestConfigs.Load(Config(yaml));

        Assert.Contains(message, TestConfigs.Messages(result));
    }

    [Theory]
    [InlineData("{start_time: '01:99', end_time: '02:00'}", "couldn't parse timestamp 01:99, invalid format")]
    [InlineData("{start_time: '03:00', end_time: '02:00'}", "start time cannot be equal or greater than end time")]
    [InlineData("{start_time: '03:00'}", "both start and end times must be provided")]
    public void Load_BadTimes_FailsWithAlertmanagerMessage(string range, string message)
    {
        var result = TestConfigs.Load(Config($"times: [{range}]"));

        Assert.Equal([message], TestConfigs.Messages(result));
    }

    [Fact]
    public void Load_TwentyFourHundred_IsAValidEnd()
    {
        var config = TestConfigs.LoadValid(Config("times: [{start_time: '22:00', end_time: '24:00'}]"));

        Assert.True(config.IntervalContains("window", new DateTimeOffset(2026, 1, 1, 23, 59, 0, TimeSpan.Zero)));
    }

    private static string Config(string spec) => $$"""
        route: {receiver: d}
        receivers: [{name: d}]
        time_intervals:
          - name: window
            time_intervals:
              - {{spec}}
        """;

    private static DateTimeOffset Rfc822Z(string s) =>
        DateTimeOffset.ParseExact(s, "dd MMM yy HH:mm zzz", CultureInfo.InvariantCulture);
}
