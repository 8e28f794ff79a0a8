namespace AlertRouter.Metrics;

/// <summary>
/// Checks names when an instrument is published, so a bad name costs one log line instead of a scrape that Prometheus
/// rejects or <c>promtool check metrics</c> flags. Beyond the grammar it enforces promtool's lint rules (client_golang
/// promlint): lower snake_case, <c>_total</c> on counters only, reserved suffixes and labels, no type names, base units.
/// </summary>
internal static class MetricNameRules
{
    private static readonly string[] TypeNames = ["counter", "gauge", "histogram", "summary"];

    private static readonly string[] UnitAbbreviations = ["s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d"];

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["amperes"] = "amperes", ["bytes"] = "bytes", ["celsius"] = "celsius", ["grams"] = "grams", ["joules"] = "joules",
        ["kelvin"] = "kelvin", ["meters"] = "meters", ["metres"] = "metres", ["seconds"] = "seconds", ["volts"] = "volts",
        ["minutes"] = "seconds", ["hours"] = "seconds", ["days"] = "seconds", ["weeks"] = "seconds", ["kelvins"] = "kelvin",
        ["fahrenheit"] = "celsius", ["rankine"] = "celsius", ["inches"] = "meters", ["yards"] = "meters", ["miles"] = "meters",
        ["bits"] = "bytes", ["calories"] = "joules", ["pounds"] = "grams", ["ounces"] = "grams",
    };

    private static readonly string[] UnitPrefixes =
        ["", "pico", "nano", "micro", "milli", "centi", "deci", "deca", "hecto", "kilo", "kibi", "mega", "mibi", "giga", "gibi", "tera", "tebi", "peta", "pebi"];

    /// <summary>Why <paramref name="name"/> cannot name a family of <paramref name="type"/>, or null when it can.</summary>
    public static string? CheckMetricName(string name, MetricType type)
    {
        if (!IsSnakeCase(name))
        {
            return $"'{name}' is not a lower snake_case Prometheus name ([a-z_][a-z0-9_]*, not starting with __)";
        }

        var isCounter = type == MetricType.Counter;
        if (isCounter != name.EndsWith("_total", StringComparison.Ordinal))
        {
            return isCounter ? $"counter '{name}' must end in _total" : $"'{name}' ends in _total but is not a counter";
        }

        if (type != MetricType.Histogram && (name.EndsWith("_bucket", StringComparison.Ordinal)
            || name.EndsWith("_count", StringComparison.Ordinal) || name.EndsWith("_sum", StringComparison.Ordinal)))
        {
            return $"'{name}' ends in a suffix reserved for histograms (_bucket, _count, _sum)";
        }

        if (TypeNames.FirstOrDefault(t => HasWord(name, t)) is { } typeName)
        {
            return $"'{name}' contains the metric type '{typeName}'";
        }

        if (UnitAbbreviations.FirstOrDefault(u => HasWord(name, u)) is { } abbreviation)
        {
            return $"'{name}' contains the abbreviated unit '{abbreviation}'; spell out the base unit (seconds, bytes)";
        }

        foreach (var word in name.Split('_'))
        {
            foreach (var (unit, baseUnit) in Units)
            {
                if (word != baseUnit && UnitPrefixes.Any(p => word == p + unit))
                {
                    return $"'{name}' uses '{word}'; use the base unit '{baseUnit}'";
                }
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot be a label name, or null when it can.</summary>
    public static string? CheckLabelName(string name) =>
        !IsSnakeCase(name) ? $"tag '{name}' is not a lower snake_case label name ([a-z_][a-z0-9_]*, not starting with __)"
        : name is "le" or "quantile" ? $"tag '{name}' is reserved for histograms and summaries"
        : null;

    private static bool IsSnakeCase(string name)
    {
        if (name.Length == 0 || name.StartsWith("__", StringComparison.Ordinal) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // promlint's test: "_word_" anywhere or "_word" at the end (a leading word has no underscore before it).
    private static bool HasWord(string name, string word) =>
        name.Contains($"_{word}_", StringComparison.Ordinal) || name.EndsWith($"_{word}", StringComparison.Ordinal);
}
