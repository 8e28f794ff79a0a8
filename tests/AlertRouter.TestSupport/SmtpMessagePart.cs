namespace AlertRouter.TestSupport;

/// <summary>A leaf MIME part, its content decoded (quoted-printable/base64 and charset undone).</summary>
public sealed record SmtpMessagePart(string ContentType, string? Charset, string TransferEncoding, string Content);
