using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlertRouter.Yaml;

/// <summary>
/// Writes <see cref="YamlNode"/>s back as block YAML. A scalar keeps its plain style when it was plain and is a safe
/// plain token (so booleans, numbers and durations keep their type); anything else is double-quoted.
/// </summary>
internal sealed partial class YamlWriter(Func<YamlScalar, string?> value, Func<YamlScalar, bool> skipKey, Func<YamlNode, string?> omit)
{
    private readonly StringBuilder _sb = new();

    [GeneratedRegex(@"^[A-Za-z0-9_/][A-Za-z0-9_./@+=-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();

    /// <param name="value">The text to write for a scalar (null: YAML null), e.g. the expanded or redacted value.</param>
    /// <param name="skipKey">Mapping keys to leave out with their values.</param>
    /// <param name="omit">Sequence items to leave out: returns the comment written in their place, or null to keep them.</param>
    public static string Write(YamlNode node, Func<YamlScalar, string?> value, Func<YamlScalar, bool> skipKey, Func<YamlNode, string?>? omit = null)
    {
        var writer = new YamlWriter(value, skipKey, omit ?? (_ => null));
        writer.WriteBlock(node, 0);
        return writer._sb.ToString();
    }

    private void WriteBlock(YamlNode node, int indent)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var (key, child) in mapping.Entries.Where(e => !skipKey(e.Key)))
                {
                    _sb.Append(' ', indent).Append(Key(key.Value)).Append(':');
                    WriteValue(child, indent + 2);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (omit(item) is { } comment)
                    {
                        _sb.Append(' ', indent).Append("# ").Append(comment).Append('\n');
                        continue;
                    }

                    _sb.Append(' ', indent).Append('-');
                    WriteItem(item, indent + 2);
                }

                break;
            default:
                _sb.Append(Scalar((YamlScalar)node)).Append('\n');
                break;
        }
    }

    private void WriteValue(YamlNode child, int indent)
    {
        switch (child)
        {
            case YamlMapping m when m.Entries.Any(e => !skipKey(e.Key)):
                _sb.Append('\n');
                WriteBlock(m, indent);
                break;
            case YamlMapping:
                _sb.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: > 0 } s:
                _sb.Append('\n');
                WriteBlock(s, indent);
                break;
            case YamlSequence:
                _sb.Append(" []\n");
                break;
            default:
                _sb.Append(' ').Append(Scalar((YamlScalar)child)).Append('\n');
                break;
        }
    }

    // "- " then the item: a mapping's first key stays on the dash line, the rest align under it. Anything else is
    // written as a mapping value would be.
    private void WriteItem(YamlNode item, int indent)
    {
        if (item is not YamlMapping m || !m.Entries.Any(e => !skipKey(e.Key)))
        {
            WriteValue(item, indent);
            return;
        }

        var first = true;
        foreach (var (key, child) in m.Entries.Where(e => !skipKey(e.Key)))
        {
            _sb.Append(first ? " " : new string(' ', indent)).Append(Key(key.Value)).Append(':');
            WriteValue(child, indent + 2);
            first = false;
        }
    }

    private static string Key(string key) => SafePlain().IsMatch(key) ? key : Quote(key);

    private string Scalar(YamlScalar scalar)
    {
        var text = value(scalar);
        if (text is null)
        {
            return "null";
        }

        return scalar.Style == YamlScalarStyle.Plain && SafePlain().IsMatch(text) ? text : Quote(text);
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\r': sb.Append(@"\r"); break;
                default:
                    if (c < 0x20 || c == 0x7F || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
