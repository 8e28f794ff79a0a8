using System.Text;
using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

public class SnsPublishFormTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("templated")]
    [InlineData("truncation")]
    public void Encode_RecordedAlertmanager025Publish_BodyIsByteIdentical(string variant)
    {
        var recorded = RecordedRequest.Load($"sns-{variant}-firing.http");

        var body = SnsPublishForm.Encode(SnsRecordedInputs.For(variant, recorded));

        Assert.Equal(Encoding.ASCII.GetString(recorded.Body), Encoding.ASCII.GetString(body));
    }

    [Fact]
    public void Create_SmsMessageOverLimit_CutsAt1600BytesMidCharacterAndMarksTruncated()
    {
        var input = SnsPublishInput.Create(null, "+15555550100", null, null, new string('x', 1599) + "é", new Dictionary<string, string>(), "h");

        Assert.Equal(SnsPublishInput.MaxSmsBytes, input.Message.Length);
        Assert.Equal(0xC3, input.Message.Span[^1]);
        Assert.Equal("true", input.Attributes["truncated"]);
    }

    [Fact]
    public void Create_TopicMessageAtLimit_KeptWholeWithoutTruncatedAttribute()
    {
        var input = SnsPublishInput.Create("arn:aws:sns:us-east-1:1:t", null, null, null, new string('x', SnsPublishInput.MaxMessageBytes),
            new Dictionary<string, string> { ["truncated"] = "no" }, "h");

        Assert.Equal(SnsPublishInput.MaxMessageBytes, input.Message.Length);
        Assert.Equal("no", input.Attributes["truncated"]);
        Assert.Null(input.MessageDeduplicationId);
    }

    [Fact]
    public void Create_TruncatedWithConfiguredTruncatedAttribute_OverwritesIt()
    {
        var input = SnsPublishInput.Create(null, null, "arn:aws:sns:us-east-1:1:endpoint/x", null, new string('x', SnsPublishInput.MaxMessageBytes + 1),
            new Dictionary<string, string> { ["truncated"] = "no" }, "h");

        Assert.Equal("true", input.Attributes["truncated"]);
    }

    [Fact]
    public void Encode_TenOrMoreAttributes_SortsEntryKeysAsStringsLikeGo()
    {
        var attributes = Enumerable.Range(0, 10).ToDictionary(i => $"a{i}", i => $"v{i}");
        var input = SnsPublishInput.Create("t", null, null, null, "m", attributes, "h");

        var body = Encoding.ASCII.GetString(SnsPublishForm.Encode(input));

        Assert.True(body.IndexOf("entry.10.Name=a9", StringComparison.Ordinal) < body.IndexOf("entry.2.Name=a1", StringComparison.Ordinal));
    }

    [Fact]
    public void Encode_QueryEscape_SpaceIsPlusAndReservedArePercentEncoded()
    {
        var input = SnsPublishInput.Create("t", null, null, "a b+c/d~e", "m", new Dictionary<string, string>(), "h");

        var body = Encoding.ASCII.GetString(SnsPublishForm.Encode(input));

        Assert.Contains("&Subject=a+b%2Bc%2Fd~e&", body, StringComparison.Ordinal);
    }
}
