using System.Globalization;
using System.Text;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// YAML double-quoted scalars for the generated Alertmanager config: every template byte survives go-yaml v2
/// unchanged. Control characters, line separators and the BOM are escaped; other non-ASCII text stays UTF-8.
/// </summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u007f': sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)); break;
                case '\u0085' or '\u2028' or '\u2029' or '\ufeff': sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }
}
