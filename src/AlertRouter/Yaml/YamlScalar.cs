namespace AlertRouter.Yaml;

public sealed class YamlScalar(ConfigLocation location, string value, YamlScalarStyle style, string? tag) : YamlNode(location)
{
    public string Value { get; } = value;

    public YamlScalarStyle Style { get; } = style;

    public string? Tag { get; } = tag;

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value: Go leaves the field at its zero value, as if absent.</summary>
    public bool IsNull => Tag is null && Style == YamlScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindTag => IsNull ? "!!null" : Style != YamlScalarStyle.Plain ? "!!str" : Resolve();

    private string Resolve()
    {
        if (YamlBool.TryParse(Value, out _))
        {
            return "!!bool";
        }

        if (long.TryParse(Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return "!!int";
        }

        return double.TryParse(Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "!!float"
            : "!!str";
    }
}
