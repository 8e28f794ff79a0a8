using System.Text;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// The form-encoded body of an SNS <c>Publish</c> (Query protocol, API version 2010-03-31) as Alertmanager's AWS SDK
/// writes it: parameters sorted by name (byte order, so <c>entry.10</c> sorts before <c>entry.2</c>), values
/// escaped as Go's <c>url.QueryEscape</c> (space as '+'), attributes numbered from 1 in name order, and an empty
/// <c>MessageAttributes=</c> when there are none.
/// </summary>
internal static class SnsPublishForm
{
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private const string UpperHex = "0123456789ABCDEF";

    public static byte[] Encode(SnsPublishInput input)
    {
        var fields = new List<(string Name, byte[] Value)>
        {
            ("Action", Utf8("Publish")),
            ("Message", input.Message.ToArray()),
            ("Version", Utf8("2010-03-31")),
        };
        Add(fields, "TopicArn", input.TopicArn);
        Add(fields, "PhoneNumber", input.PhoneNumber);
        Add(fields, "TargetArn", input.TargetArn);
        Add(fields, "Subject", input.Subject);
        Add(fields, "MessageDeduplicationId", input.MessageDeduplicationId);
        Add(fields, "MessageGroupId", input.MessageGroupId);

        var names = input.Attributes.Keys.Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            fields.Add(("MessageAttributes", []));
        }

        for (var i = 0; i < names.Count; i++)
        {
            var entry = $"MessageAttributes.entry.{i + 1}";
            fields.Add(($"{entry}.Name", Utf8(names[i])));
            fields.Add(($"{entry}.Value.DataType", Utf8("String")));
            fields.Add(($"{entry}.Value.StringValue", Utf8(input.Attributes[names[i]])));
        }

        var body = new StringBuilder();
        foreach (var (name, value) in fields.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            body.Append(body.Length == 0 ? "" : "&").Append(Escape(Utf8(name))).Append('=').Append(Escape(value));
        }

        return Encoding.ASCII.GetBytes(body.ToString());
    }

    private static void Add(List<(string, byte[])> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add((name, Utf8(value)));
        }
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Escape(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
        }

        return sb.ToString();
    }
}
