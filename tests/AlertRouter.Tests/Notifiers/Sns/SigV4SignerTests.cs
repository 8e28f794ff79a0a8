using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

public class SigV4SignerTests
{
    public static TheoryData<string> Vectors() => [.. SigV4Vector.Names];

    [Fact]
    public void Vectors_AreThere()
    {
        Assert.Equal(30, SigV4Vector.Names.Count());
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sign_AwsSuiteVector_CanonicalRequestMatches(string name)
    {
        var v = SigV4Vector.Load(name);

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time);

        Assert.Equal(v.CanonicalRequest, signature.CanonicalRequest);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sign_AwsSuiteVector_StringToSignAndSignatureMatch(string name)
    {
        var v = SigV4Vector.Load(name);

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time);

        Assert.Equal(v.StringToSign, signature.StringToSign);
        Assert.Equal(v.Signature, signature.Signature);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sign_AwsSuiteVector_AddsExactlyTheSignedRequestsNewHeaders(string name)
    {
        var v = SigV4Vector.Load(name);

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time);

        var expected = v.SignedRequestHeaders.Skip(v.Request.Headers.Count).Select(h => $"{h.Key.ToLowerInvariant()}:{h.Value}").Order(StringComparer.Ordinal);
        var added = signature.HeadersToAdd.Select(h => $"{h.Key.ToLowerInvariant()}:{h.Value}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, added);
    }

    [Fact]
    public void Sign_SessionTokenSigned_ListsTokenInSignedHeaders()
    {
        var v = SigV4Vector.Load("post-sts-header-before");

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time);

        Assert.Equal("host;x-amz-date;x-amz-security-token", signature.SignedHeaders);
    }

    [Fact]
    public void Sign_SessionTokenNotSigned_SendsTokenButLeavesItOutOfSignedHeaders()
    {
        var v = SigV4Vector.Load("post-sts-header-after");

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time);

        Assert.Equal("host;x-amz-date", signature.SignedHeaders);
        Assert.Contains(signature.HeadersToAdd, h => h.Key == "X-Amz-Security-Token" && h.Value == v.Credentials.SessionToken);
    }

    [Fact]
    public void Sign_TimeWithOffset_UsesUtcForDateAndScope()
    {
        var v = SigV4Vector.Load("get-vanilla");

        var signature = SigV4Signer.Sign(v.Request, v.Credentials, v.Scope, v.Time.ToOffset(TimeSpan.FromHours(-14)));

        Assert.Equal("20150830T123600Z", signature.AmzDate);
        Assert.Equal(v.Signature, signature.Signature);
    }
}
