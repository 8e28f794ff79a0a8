using System.Text;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// The parameters of one SNS <c>Publish</c> call, as Alertmanager's notify/sns sets them. A null string is a
/// parameter Alertmanager leaves out; <see cref="Message"/> is bytes because its byte truncation can split a
/// character.
/// </summary>
internal sealed record SnsPublishInput(
    string? TopicArn,
    string? PhoneNumber,
    string? TargetArn,
    string? Subject,
    ReadOnlyMemory<byte> Message,
    IReadOnlyDictionary<string, string> Attributes,
    string? MessageDeduplicationId,
    string? MessageGroupId)
{
    /// <summary>256 KiB: SNS's limit on a message, in bytes.</summary>
    public const int MaxMessageBytes = 256 * 1024;

    /// <summary>SNS's limit on an SMS message (Alertmanager counts it in bytes too).</summary>
    public const int MaxSmsBytes = 1600;

    /// <summary>
    /// What Alertmanager sends for rendered values: a topic ending in <c>.fifo</c> gets the group key's hash as
    /// deduplication and group id; the message is cut to <see cref="MaxSmsBytes"/> when a phone number is set,
    /// else <see cref="MaxMessageBytes"/>, with no marker and possibly mid-character, and then carries the
    /// attribute <c>truncated=true</c> (replacing a configured one); the subject is never shortened.
    /// </summary>
    /// <param name="subject">Null when <c>subject</c> is configured empty; otherwise the rendered subject, even "".</param>
    public static SnsPublishInput Create(
        string? topicArn,
        string? phoneNumber,
        string? targetArn,
        string? subject,
        string message,
        IReadOnlyDictionary<string, string> attributes,
        string groupKeyHash)
    {
        var fifo = topicArn is not null && topicArn.EndsWith(".fifo", StringComparison.Ordinal);
        var limit = phoneNumber is null ? MaxMessageBytes : MaxSmsBytes;
        var bytes = Encoding.UTF8.GetBytes(message);
        var attrs = new Dictionary<string, string>(attributes, StringComparer.Ordinal);
        if (bytes.Length > limit)
        {
            bytes = bytes[..limit];
            attrs["truncated"] = "true";
        }

        return new SnsPublishInput(topicArn, phoneNumber, targetArn, subject, bytes, attrs,
            fifo ? groupKeyHash : null, fifo ? groupKeyHash : null);
    }
}
