using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

public class SigV4SignerTests
{
    /// <summary>The example key pair of AWS's SigV4 documentation.</summary>
    private static readonly AwsCredentials DocumentationCredentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    public static TheoryData<string> Cases() => [.. SigV4Case.Names];

    [Fact]
    public void Cases_AreThere()
    {
        Assert.Equal(37, SigV4Case.Names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sign_Case_CanonicalRequestMatchesBotocore(string name)
    {
        var c = SigV4Case.Get(name);

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time);

        Assert.Equal((await c.BotocoreAsync()).CanonicalRequest, signature.CanonicalRequest);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sign_Case_StringToSignSignatureAndAuthorizationMatchBotocore(string name)
    {
        var c = SigV4Case.Get(name);

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time);

        var expected = await c.BotocoreAsync();
        Assert.Equal(expected.StringToSign, signature.StringToSign);
        Assert.Equal(expected.Signature, signature.Signature);
        Assert.Equal(expected.Authorization, signature.Authorization);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Sign_Case_AddsTheHeadersBotocoreAdds(string name)
    {
        var c = SigV4Case.Get(name);

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time);

        // Header names are case-insensitive and their order on the wire is free.
        var expected = (await c.BotocoreAsync()).AddedHeaders.Select(h => $"{h[0].ToLowerInvariant()}:{h[1]}").Order(StringComparer.Ordinal);
        var added = signature.HeadersToAdd.Select(h => $"{h.Key.ToLowerInvariant()}:{h.Value}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, added);
    }

    [Fact]
    public void Sign_SessionTokenSigned_ListsTokenInSignedHeaders()
    {
        var c = SigV4Case.Get("get-session-token-signed");

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time);

        Assert.Equal("host;x-amz-date;x-amz-security-token", signature.SignedHeaders);
    }

    [Fact]
    public void Sign_SessionTokenNotSigned_SendsTokenButLeavesItOutOfSignedHeaders()
    {
        var c = SigV4Case.Get("post-session-token-after-signing");

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time);

        Assert.Equal("host;x-amz-date", signature.SignedHeaders);
        Assert.Contains(signature.HeadersToAdd, h => h.Key == "X-Amz-Security-Token" && h.Value == c.Credentials.SessionToken);
    }

    [Fact]
    public async Task Sign_TimeWithOffset_UsesUtcForDateAndScope()
    {
        var c = SigV4Case.Get("get-plain");

        var signature = SigV4Signer.Sign(c.Request, c.Credentials, c.Scope, c.Time.ToOffset(TimeSpan.FromHours(-14)));

        Assert.Equal("20260314T092653Z", signature.AmzDate);
        Assert.Equal((await c.BotocoreAsync()).Signature, signature.Signature);
    }

    /// <summary>
    /// The signed IAM ListUsers GET of AWS's documentation (2015 edition): Authorization as published at
    /// http://docs.aws.amazon.com/general/latest/gr/sigv4-add-signature-to-request.html ("Task 4: Add the Signing
    /// Information to the Request"; read in the copy archived at
    /// https://web-archive.nli.org.il/National_Library/20160330061658mp_/http:/docs.aws.amazon.com/general/latest/gr/sigv4-add-signature-to-request.html).
    /// </summary>
    [Fact]
    public void Sign_AwsDocumentationGetExample_GivesThePublishedAuthorization()
    {
        var request = new SigV4Request("GET", "/", "Action=ListUsers&Version=2010-05-08",
            [new("Host", "iam.amazonaws.com"), new("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            ReadOnlyMemory<byte>.Empty);

        var signature = SigV4Signer.Sign(request, DocumentationCredentials, new SigV4Scope("us-east-1", "iam"),
            new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            signature.Authorization);
    }

    /// <summary>
    /// The signed IAM ListUsers POST of AWS's documentation (2011 edition), request and Authorization as published at
    /// http://docs.aws.amazon.com/general/latest/gr/sigv4-signed-request-examples.html ("Signed Signature Version 4
    /// Requests Examples"); the secret is the one given at
    /// http://docs.aws.amazon.com/general/latest/gr/sigv4-calculate-signature.html.
    /// </summary>
    [Fact]
    public void Sign_AwsDocumentationPostExample_GivesThePublishedAuthorization()
    {
        var request = new SigV4Request("POST", "/", "",
            [new("host", "iam.amazonaws.com"), new("Content-type", "application/x-www-form-urlencoded; charset=utf-8")],
            "Action=ListUsers&Version=2010-05-08"u8.ToArray());

        var signature = SigV4Signer.Sign(request, DocumentationCredentials, new SigV4Scope("us-east-1", "iam"),
            new DateTimeOffset(2011, 9, 9, 23, 36, 0, TimeSpan.Zero));

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20110909/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c",
            signature.Authorization);
    }
}
