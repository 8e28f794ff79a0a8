using System.Globalization;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>Prometheus' HumanizeDuration (prometheus/common helpers/templates), as Alertmanager 0.28+ exposes it.</summary>
internal static class Humanize
{
    public static string Duration(GoValue i)
    {
        var v = ToFloat(i);
        if (double.IsNaN(v) || double.IsInfinity(v))
        {
            return GoPrinter.Sprintf("%.4g", [GoValue.FromFloat(v)]);
        }

        if (v == 0)
        {
            return GoPrinter.Sprintf("%.4gs", [GoValue.FromFloat(v)]);
        }

        if (Math.Abs(v) >= 1)
        {
            var sign = "";
            if (v < 0)
            {
                sign = "-";
                v = -v;
            }

            var duration = (long)v;
            var seconds = duration % 60;
            var minutes = duration / 60 % 60;
            var hours = duration / 60 / 60 % 24;
            var days = duration / 60 / 60 / 24;
            if (days != 0)
            {
                return $"{sign}{days}d {hours}h {minutes}m {seconds}s";
            }

            if (hours != 0)
            {
                return $"{sign}{hours}h {minutes}m {seconds}s";
            }

            if (minutes != 0)
            {
                return $"{sign}{minutes}m {seconds}s";
            }

            return sign + GoPrinter.Sprintf("%.4gs", [GoValue.FromFloat(v)]);
        }

        var prefix = "";
        foreach (var p in new[] { "m", "u", "n", "p", "f", "a", "z", "y" })
        {
            if (Math.Abs(v) >= 1)
            {
                break;
            }

            prefix = p;
            v *= 1000;
        }

        return GoPrinter.Sprintf("%.4g", [GoValue.FromFloat(v)]) + prefix + "s";
    }

    private static double ToFloat(GoValue v)
    {
        if (v.Type == GoTimeTypes.Duration)
        {
            return v.Int / 1e9;
        }

        return v.Kind switch
        {
            GoKind.Float32 or GoKind.Float64 => v.Float,
            GoKind.Int or GoKind.Int8 or GoKind.Int16 or GoKind.Int32 or GoKind.Int64 => v.Int,
            GoKind.Uint or GoKind.Uint8 or GoKind.Uint16 or GoKind.Uint32 or GoKind.Uint64 => v.Uint,
            GoKind.String => Parse.GoNumbers.TryParseFloat(v.Str, out var f) ? f
                : throw new GoFuncException($"strconv.ParseFloat: parsing {GoQuoting.Quote(v.Str)}: invalid syntax"),
            _ => throw new GoFuncException($"can't convert {(v.IsValid ? v.Type!.Name : "<nil>")} to float"),
        };
    }
}
