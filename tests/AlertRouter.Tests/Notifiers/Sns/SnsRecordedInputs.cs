using System.Text;
using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// The Publish inputs behind the recorded SNS requests: the receiver settings of each variant (see
/// tests/AlertRouter.IntegrationTests/testdata/receivers/sns/*.yml) with the message Alertmanager rendered, read
/// back from the recording, or for the truncation variant the configured message itself.
/// </summary>
internal static class SnsRecordedInputs
{
    /// <summary>SHA-256 of the group key <c>{}:{alertname="DiskFull"}</c>.</summary>
    public const string GroupKeyHash = "17c4e445d234645c9e547ff6d32a864af0ebdadcd1902771c24c8d366637ff41";

    public static readonly AwsCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /// <summary>The truncation variant's subject: 150 characters of 1-, 2- and 3-byte runes.</summary>
    public static string LongSubject => "subject-" + string.Concat(Enumerable.Repeat("aé€", 50))[..142];

    public static SnsPublishInput For(string variant, RecordedRequest recorded)
    {
        var rendered = Encoding.UTF8.GetString(recorded.FormField("Message"));
        return variant switch
        {
            "default" => SnsPublishInput.Create("arn:aws:sns:us-east-1:123456789012:alerts", null, null,
                "[FIRING:2] DiskFull (node critical storage)", rendered, new Dictionary<string, string>(), GroupKeyHash),
            "templated" => SnsPublishInput.Create("arn:aws:sns:us-east-1:123456789012:alerts-storage.fifo", null, null,
                "firing: DiskFull ✓", rendered,
                new Dictionary<string, string> { ["team"] = "storage", ["severity"] = "critical & <more>" }, GroupKeyHash),
            "truncation" => SnsPublishInput.Create(null, "+15555550100", null, LongSubject, new string('x', 1599) + "é-tail",
                new Dictionary<string, string>(), GroupKeyHash),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };
    }
}
