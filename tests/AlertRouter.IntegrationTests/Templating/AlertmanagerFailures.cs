using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Reads the notifications Alertmanager gave up on from its log. A template error is not retryable, so 0.25 logs
/// <c>msg="Notify for alerts failed" … err="&lt;receiver&gt;/&lt;integration&gt;[0]: notify retry canceled due to
/// unrecoverable error after 1 attempts: &lt;error&gt;"</c> (dispatch.go) once per flush, and sends nothing.
/// </summary>
internal static partial class AlertmanagerFailures
{
    private const string Canceled = "notify retry canceled due to unrecoverable error after 1 attempts: ";

    /// <summary>Every (receiver, error) logged from line <paramref name="fromLine"/> on, for the given receivers.</summary>
    public static IEnumerable<(string Receiver, string Error)> Read(string log, IReadOnlyCollection<string> receivers, int fromLine = 0)
    {
        foreach (var line in log.Split('\n').Skip(fromLine))
        {
            if (!line.Contains("msg=\"Notify for alerts failed\"", StringComparison.Ordinal))
            {
                continue;
            }

            var err = Unquote(ErrPattern().Match(line).Groups[1].Value);
            var receiver = receivers.Where(r => err.StartsWith(r + "/", StringComparison.Ordinal)).MaxBy(r => r.Length);
            var at = err.IndexOf(Canceled, StringComparison.Ordinal);
            if (receiver is not null && at >= 0)
            {
                yield return (receiver, err[(at + Canceled.Length)..]);
            }
        }
    }

    public static int LineCount(string log) => log.Count(c => c == '\n');

    /// <summary>Undoes go-kit logfmt's strconv.Quote-style escaping of a value.</summary>
    private static string Unquote(string quoted)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(quoted[i].ToString()));
                continue;
            }

            var c = quoted[++i];
            switch (c)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'x':
                    bytes.Add(byte.Parse(quoted.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    bytes.AddRange(Encoding.UTF8.GetBytes(((char)int.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
                    i += 4;
                    break;
                default: bytes.Add((byte)c); break;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"\berr=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrPattern();
}
