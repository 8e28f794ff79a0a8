using System.Globalization;

namespace AlertRouter.Model;

/// <summary>An alert's identity: the FNV-1a hash of its labels, printed as 16 lowercase hex digits.</summary>
public readonly record struct Fingerprint(ulong Value)
{
    public override string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out Fingerprint fingerprint)
    {
        var ok = ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value);
        fingerprint = new Fingerprint(value);
        return ok && text!.Length == 16;
    }
}
