using System.Globalization;
using AlertRouter.Templating.Fmt;
using static AlertRouter.Templating.Time.GoTimeFormat;

namespace AlertRouter.Templating.Time;

/// <summary>Go's time.ParseInLocation(layout, value, time.UTC) for the layout elements Format knows.</summary>
internal static class GoTimeParse
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static bool TryParse(string layout, string value, out GoTimeValue result, out string error)
    {
        result = GoTimeValue.Zero;
        error = "";
        int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0;
        var pm = false;
        var pmSet = false;
        TimeSpan? offset = null;
        var zoneName = "";
        var li = 0;
        var vi = 0;
        while (li < layout.Length)
        {
            var (std, len, digits) = NextStd(layout, li);
            if (std == Std.None)
            {
                if (vi >= value.Length || value[vi] != layout[li])
                {
                    return Fail(layout, value, vi, layout[li..], out error);
                }

                li++;
                vi++;
                continue;
            }

            var elem = layout.Substring(li, len);
            li += len;
            var ok = true;
            switch (std)
            {
                case Std.LongYear:
                    ok = Num(value, ref vi, 4, 4, out year);
                    break;
                case Std.Year:
                    ok = Num(value, ref vi, 2, 2, out year);
                    year += year >= 69 ? 1900 : 2000;
                    break;
                case Std.LongMonth or Std.Month:
                    ok = Name(value, ref vi, Months, std == Std.Month, out month);
                    month++;
                    break;
                case Std.NumMonth or Std.ZeroMonth:
                    ok = Num(value, ref vi, std == Std.ZeroMonth ? 2 : 1, 2, out month) && month is >= 1 and <= 12;
                    break;
                case Std.LongWeekDay or Std.WeekDay:
                    ok = Name(value, ref vi, Days, std == Std.WeekDay, out _);
                    break;
                case Std.Day or Std.ZeroDay or Std.UnderDay:
                    if (std == Std.UnderDay && vi < value.Length && value[vi] == ' ')
                    {
                        vi++;
                    }

                    ok = Num(value, ref vi, std == Std.ZeroDay ? 2 : 1, 2, out day);
                    break;
                case Std.Hour:
                    ok = Num(value, ref vi, 2, 2, out hour) && hour < 24;
                    break;
                case Std.Hour12 or Std.ZeroHour12:
                    ok = Num(value, ref vi, std == Std.ZeroHour12 ? 2 : 1, 2, out hour) && hour <= 12;
                    break;
                case Std.Minute or Std.ZeroMinute:
                    ok = Num(value, ref vi, std == Std.ZeroMinute ? 2 : 1, 2, out minute) && minute < 60;
                    break;
                case Std.Second or Std.ZeroSecond:
                    ok = Num(value, ref vi, std == Std.ZeroSecond ? 2 : 1, 2, out second) && second < 60;
                    if (ok && vi + 1 < value.Length && value[vi] == '.' && char.IsAsciiDigit(value[vi + 1]) &&
                        NextStd(layout, li).Std is not (Std.FracSecond0 or Std.FracSecond9))
                    {
                        vi++;
                        ok = Frac(value, ref vi, -1, out nanos);
                    }

                    break;
                case Std.PM or Std.Pm:
                    if (vi + 2 <= value.Length)
                    {
                        var p = value.Substring(vi, 2).ToUpperInvariant();
                        ok = p is "AM" or "PM";
                        pm = p == "PM";
                        pmSet = true;
                        vi += 2;
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                case Std.FracSecond0 or Std.FracSecond9:
                    if (vi < value.Length && value[vi] is '.' or ',')
                    {
                        vi++;
                        ok = Frac(value, ref vi, std == Std.FracSecond0 ? digits : -1, out nanos);
                    }
                    else
                    {
                        ok = std == Std.FracSecond9;
                    }

                    break;
                case Std.TZ:
                    var start = vi;
                    while (vi < value.Length && char.IsAsciiLetterUpper(value[vi]))
                    {
                        vi++;
                    }

                    zoneName = value[start..vi];
                    ok = zoneName.Length >= 3;
                    if (zoneName is "UTC" or "GMT")
                    {
                        offset = TimeSpan.Zero;
                    }

                    break;
                default:
                    ok = Zone(value, ref vi, std, out var off);
                    offset = off;
                    break;
            }

            if (!ok)
            {
                return Fail(layout, value, vi, elem, out error);
            }
        }

        if (vi < value.Length)
        {
            error = $"parsing time {GoQuoting.Quote(value)}: extra text: {GoQuoting.Quote(value[vi..])}";
            return false;
        }

        if (pmSet && pm && hour < 12)
        {
            hour += 12;
        }
        else if (pmSet && !pm && hour == 12)
        {
            hour = 0;
        }

        if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            error = $"parsing time {GoQuoting.Quote(value)}: day out of range";
            return false;
        }

        var wall = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(nanos / 100);
        var off2 = offset ?? TimeSpan.Zero;
        var instant = new DateTimeOffset(wall, off2);
        result = off2 == TimeSpan.Zero && (zoneName.Length == 0 || zoneName is "UTC")
            ? GoTimeValue.Utc(instant)
            : new GoTimeValue(instant.ToUniversalTime(), off2, zoneName);
        return true;
    }

    private static bool Fail(string layout, string value, int vi, string elem, out string error)
    {
        var rest = vi <= value.Length ? value[vi..] : "";
        error = $"parsing time {GoQuoting.Quote(value)} as {GoQuoting.Quote(layout)}: cannot parse {GoQuoting.Quote(rest)} as {GoQuoting.Quote(elem)}";
        return false;
    }

    private static bool Num(string s, ref int i, int min, int max, out int v)
    {
        v = 0;
        var start = i;
        while (i < s.Length && i - start < max && char.IsAsciiDigit(s[i]))
        {
            v = (v * 10) + (s[i] - '0');
            i++;
        }

        return i - start >= min;
    }

    private static bool Name(string s, ref int i, string[] names, bool abbrev, out int index)
    {
        for (index = 0; index < names.Length; index++)
        {
            var n = abbrev ? names[index][..3] : names[index];
            if (i + n.Length <= s.Length && string.Compare(s, i, n, 0, n.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += n.Length;
                return true;
            }
        }

        return false;
    }

    private static bool Frac(string s, ref int i, int digits, out int nanos)
    {
        nanos = 0;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && (digits < 0 || i - start < digits))
        {
            i++;
        }

        if (i == start || (digits > 0 && i - start != digits))
        {
            return false;
        }

        var frac = s[start..i].PadRight(9, '0')[..9];
        nanos = int.Parse(frac, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool Zone(string s, ref int i, Std std, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var iso = std.ToString().StartsWith("ISO", StringComparison.Ordinal);
        if (iso && i < s.Length && s[i] == 'Z')
        {
            i++;
            return true;
        }

        if (i >= s.Length || s[i] is not ('+' or '-'))
        {
            return false;
        }

        var neg = s[i] == '-';
        i++;
        if (!Num(s, ref i, 2, 2, out var h))
        {
            return false;
        }

        var m = 0;
        var sec = 0;
        if (std is not (Std.NumShortTZ or Std.ISO8601ShortTZ))
        {
            if (i < s.Length && s[i] == ':')
            {
                i++;
            }

            if (!Num(s, ref i, 2, 2, out m))
            {
                return false;
            }

            if (std is Std.NumSecondsTz or Std.NumColonSecondsTZ or Std.ISO8601SecondsTZ or Std.ISO8601ColonSecondsTZ)
            {
                if (i < s.Length && s[i] == ':')
                {
                    i++;
                }

                if (!Num(s, ref i, 2, 2, out sec))
                {
                    return false;
                }
            }
        }

        offset = new TimeSpan(h, m, sec);
        if (neg)
        {
            offset = -offset;
        }

        return true;
    }
}
