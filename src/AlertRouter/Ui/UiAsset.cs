using System.Security.Cryptography;

namespace AlertRouter.Ui;

/// <summary>One served file: its bytes, content type and a strong ETag (so browsers revalidate cheaply after an upgrade).</summary>
internal sealed record UiAsset(byte[] Content, string ContentType, string ETag)
{
    public static UiAsset Create(byte[] content, string contentType) =>
        new(content, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"");
}
