using System.Globalization;
using System.Text;

namespace AlertRouter.Templating.Time;

/// <summary>Go's time.Format with the reference-time layout (Mon Jan 2 15:04:05 MST 2006).</summary>
internal static class GoTimeFormat
{
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] LongMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(GoTimeValue t, string layout)
    {
        var sb = new StringBuilder(layout.Length + 10);
        var wall = t.Wall;
        var i = 0;
        while (i < layout.Length)
        {
            var (std, len, arg) = NextStd(layout, i);
            if (std == Std.None)
            {
                sb.Append(layout[i]);
                i++;
                continue;
            }

            Append(sb, t, wall, std, arg, layout[i]);
            i += len;
        }

        return sb.ToString();
    }

    internal enum Std
    {
        None,
        LongMonth,
        Month,
        NumMonth,
        ZeroMonth,
        LongWeekDay,
        WeekDay,
        Day,
        UnderDay,
        ZeroDay,
        UnderYearDay,
        ZeroYearDay,
        Hour,
        Hour12,
        ZeroHour12,
        Minute,
        ZeroMinute,
        Second,
        ZeroSecond,
        LongYear,
        Year,
        PM,
        Pm,
        TZ,
        ISO8601TZ,
        ISO8601SecondsTZ,
        ISO8601ShortTZ,
        ISO8601ColonTZ,
        ISO8601ColonSecondsTZ,
        NumTZ,
        NumSecondsTz,
        NumShortTZ,
        NumColonTZ,
        NumColonSecondsTZ,
        FracSecond0,
        FracSecond9,
    }

    private static bool At(string s, int i, string p) => string.CompareOrdinal(s, i, p, 0, p.Length) == 0 && i + p.Length <= s.Length;

    internal static (Std Std, int Len, int Arg) NextStd(string l, int i)
    {
        var c = l[i];
        switch (c)
        {
            case 'J':
                if (At(l, i, "January"))
                {
                    return (Std.LongMonth, 7, 0);
                }

                if (At(l, i, "Jan") && !LowerAt(l, i + 3))
                {
                    return (Std.Month, 3, 0);
                }

                break;
            case 'M':
                if (At(l, i, "Monday"))
                {
                    return (Std.LongWeekDay, 6, 0);
                }

                if (At(l, i, "Mon") && !LowerAt(l, i + 3))
                {
                    return (Std.WeekDay, 3, 0);
                }

                if (At(l, i, "MST"))
                {
                    return (Std.TZ, 3, 0);
                }

                break;
            case '0':
                if (i + 1 < l.Length && l[i + 1] is >= '1' and <= '6')
                {
                    return (l[i + 1] switch
                    {
                        '1' => Std.ZeroMonth,
                        '2' => Std.ZeroDay,
                        '3' => Std.ZeroHour12,
                        '4' => Std.ZeroMinute,
                        '5' => Std.ZeroSecond,
                        _ => Std.Year,
                    }, 2, 0);
                }

                if (At(l, i, "002"))
                {
                    return (Std.ZeroYearDay, 3, 0);
                }

                break;
            case '1':
                return i + 1 < l.Length && l[i + 1] == '5' ? (Std.Hour, 2, 0) : (Std.NumMonth, 1, 0);
            case '2':
                return At(l, i, "2006") ? (Std.LongYear, 4, 0) : (Std.Day, 1, 0);
            case '_':
                if (i + 1 < l.Length && l[i + 1] == '2')
                {
                    // "_2006" is a literal underscore followed by the year.
                    return At(l, i + 1, "2006") ? (Std.None, 1, 0) : (Std.UnderDay, 2, 0);
                }

                if (At(l, i, "__2"))
                {
                    return (Std.UnderYearDay, 3, 0);
                }

                break;
            case '3':
                return (Std.Hour12, 1, 0);
            case '4':
                return (Std.Minute, 1, 0);
            case '5':
                return (Std.Second, 1, 0);
            case 'P' when At(l, i, "PM"):
                return (Std.PM, 2, 0);
            case 'p' when At(l, i, "pm"):
                return (Std.Pm, 2, 0);
            case '-':
                if (At(l, i, "-070000"))
                {
                    return (Std.NumSecondsTz, 7, 0);
                }

                if (At(l, i, "-07:00:00"))
                {
                    return (Std.NumColonSecondsTZ, 9, 0);
                }

                if (At(l, i, "-0700"))
                {
                    return (Std.NumTZ, 5, 0);
                }

                if (At(l, i, "-07:00"))
                {
                    return (Std.NumColonTZ, 6, 0);
                }

                if (At(l, i, "-07"))
                {
                    return (Std.NumShortTZ, 3, 0);
                }

                break;
            case 'Z':
                if (At(l, i, "Z070000"))
                {
                    return (Std.ISO8601SecondsTZ, 7, 0);
                }

                if (At(l, i, "Z07:00:00"))
                {
                    return (Std.ISO8601ColonSecondsTZ, 9, 0);
                }

                if (At(l, i, "Z0700"))
                {
                    return (Std.ISO8601TZ, 5, 0);
                }

                if (At(l, i, "Z07:00"))
                {
                    return (Std.ISO8601ColonTZ, 6, 0);
                }

                if (At(l, i, "Z07"))
                {
                    return (Std.ISO8601ShortTZ, 3, 0);
                }

                break;
            case '.' or ',':
                if (i + 1 < l.Length && l[i + 1] is '0' or '9')
                {
                    var ch = l[i + 1];
                    var j = i + 1;
                    while (j < l.Length && l[j] == ch)
                    {
                        j++;
                    }

                    if (!(j < l.Length && char.IsAsciiDigit(l[j])))
                    {
                        return (ch == '0' ? Std.FracSecond0 : Std.FracSecond9, j - i, j - (i + 1));
                    }
                }

                break;
        }

        return (Std.None, 1, 0);
    }

    private static bool LowerAt(string s, int i) => i < s.Length && s[i] is >= 'a' and <= 'z';

    private static void Pad(StringBuilder sb, long v, int width)
    {
        var s = Math.Abs(v).ToString(CultureInfo.InvariantCulture);
        if (v < 0)
        {
            sb.Append('-');
        }

        if (s.Length < width)
        {
            sb.Append('0', width - s.Length);
        }

        sb.Append(s);
    }

    private static void Append(StringBuilder sb, GoTimeValue t, DateTime w, Std std, int digits, char sep)
    {
        var offset = (int)t.Offset.TotalSeconds;
        switch (std)
        {
            case Std.Year:
                Pad(sb, w.Year % 100, 2);
                break;
            case Std.LongYear:
                Pad(sb, w.Year, 4);
                break;
            case Std.Month:
                sb.Append(LongMonths[w.Month - 1], 0, 3);
                break;
            case Std.LongMonth:
                sb.Append(LongMonths[w.Month - 1]);
                break;
            case Std.NumMonth:
                sb.Append(w.Month);
                break;
            case Std.ZeroMonth:
                Pad(sb, w.Month, 2);
                break;
            case Std.WeekDay:
                sb.Append(LongDays[(int)w.DayOfWeek], 0, 3);
                break;
            case Std.LongWeekDay:
                sb.Append(LongDays[(int)w.DayOfWeek]);
                break;
            case Std.Day:
                sb.Append(w.Day);
                break;
            case Std.UnderDay:
                if (w.Day < 10)
                {
                    sb.Append(' ');
                }

                sb.Append(w.Day);
                break;
            case Std.ZeroDay:
                Pad(sb, w.Day, 2);
                break;
            case Std.UnderYearDay:
                sb.Append(w.DayOfYear.ToString(CultureInfo.InvariantCulture).PadLeft(3));
                break;
            case Std.ZeroYearDay:
                Pad(sb, w.DayOfYear, 3);
                break;
            case Std.Hour:
                Pad(sb, w.Hour, 2);
                break;
            case Std.Hour12:
                sb.Append(w.Hour % 12 == 0 ? 12 : w.Hour % 12);
                break;
            case Std.ZeroHour12:
                Pad(sb, w.Hour % 12 == 0 ? 12 : w.Hour % 12, 2);
                break;
            case Std.Minute:
                sb.Append(w.Minute);
                break;
            case Std.ZeroMinute:
                Pad(sb, w.Minute, 2);
                break;
            case Std.Second:
                sb.Append(w.Second);
                break;
            case Std.ZeroSecond:
                Pad(sb, w.Second, 2);
                break;
            case Std.PM:
                sb.Append(w.Hour >= 12 ? "PM" : "AM");
                break;
            case Std.Pm:
                sb.Append(w.Hour >= 12 ? "pm" : "am");
                break;
            case Std.ISO8601TZ or Std.ISO8601ColonTZ or Std.ISO8601SecondsTZ or Std.ISO8601ShortTZ or Std.ISO8601ColonSecondsTZ
                or Std.NumTZ or Std.NumColonTZ or Std.NumSecondsTz or Std.NumShortTZ or Std.NumColonSecondsTZ:
                AppendZone(sb, std, offset);
                break;
            case Std.TZ:
                if (t.ZoneName.Length > 0)
                {
                    sb.Append(t.ZoneName);
                    break;
                }

                var z = offset / 60;
                sb.Append(z < 0 ? '-' : '+');
                z = Math.Abs(z);
                Pad(sb, z / 60, 2);
                Pad(sb, z % 60, 2);
                break;
            case Std.FracSecond0 or Std.FracSecond9:
                AppendFrac(sb, t.Nanosecond, digits, std == Std.FracSecond9, sep);
                break;
        }
    }

    private static void AppendZone(StringBuilder sb, Std std, int offset)
    {
        var iso = std is Std.ISO8601TZ or Std.ISO8601ColonTZ or Std.ISO8601SecondsTZ or Std.ISO8601ShortTZ or Std.ISO8601ColonSecondsTZ;
        if (iso && offset == 0)
        {
            sb.Append('Z');
            return;
        }

        var zone = offset / 60;
        var absOffset = Math.Abs(offset);
        sb.Append(zone < 0 ? '-' : '+');
        zone = Math.Abs(zone);
        Pad(sb, zone / 60, 2);
        if (std is Std.ISO8601ColonTZ or Std.NumColonTZ or Std.ISO8601ColonSecondsTZ or Std.NumColonSecondsTZ)
        {
            sb.Append(':');
        }

        if (std is not (Std.NumShortTZ or Std.ISO8601ShortTZ))
        {
            Pad(sb, zone % 60, 2);
        }

        if (std is Std.ISO8601SecondsTZ or Std.NumSecondsTz or Std.NumColonSecondsTZ or Std.ISO8601ColonSecondsTZ)
        {
            if (std is Std.NumColonSecondsTZ or Std.ISO8601ColonSecondsTZ)
            {
                sb.Append(':');
            }

            Pad(sb, absOffset % 60, 2);
        }
    }

    private static void AppendFrac(StringBuilder sb, int nanos, int digits, bool trim, char sep)
    {
        var s = nanos.ToString("D9", CultureInfo.InvariantCulture)[..Math.Min(digits, 9)];
        if (trim)
        {
            s = s.TrimEnd('0');
            if (s.Length == 0)
            {
                return;
            }
        }

        sb.Append(sep).Append(s);
    }
}
