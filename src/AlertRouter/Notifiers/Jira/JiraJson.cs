using System.Globalization;
using System.Text;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Jira;

/// <summary>
/// Jira's bodies as Go writes them: Alertmanager builds the issue's <c>fields</c> as a <c>map[string]any</c> merged with
/// the configured <c>fields</c>, so every object's keys come out sorted, whatever their source. A tree of
/// dictionaries, lists, strings, booleans, numbers and <see cref="JiraRawJson"/> is written with Go's escaping and a
/// trailing newline.
/// </summary>
internal static class JiraJson
{
    public static byte[] Encode(object? tree)
    {
        var sb = new StringBuilder();
        Write(sb, tree);
        return Encoding.UTF8.GetBytes(sb.Append('\n').ToString());
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                sb.Append(GoJson.Quote(s));
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case JiraRawJson raw:
                sb.Append(raw.Json);
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    sb.Append(first ? "" : ",").Append(GoJson.Quote(key)).Append(':');
                    Write(sb, item);
                    first = false;
                }

                sb.Append('}');
                break;
            case IEnumerable<object?> list:
                sb.Append('[').AppendJoin(',', list.Select(item =>
                {
                    var inner = new StringBuilder();
                    Write(inner, item);
                    return inner.ToString();
                })).Append(']');
                break;
            default:
                throw new ArgumentException($"no JSON for a {value.GetType().Name}", nameof(value));
        }
    }
}
