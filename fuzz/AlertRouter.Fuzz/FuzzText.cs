using System.Text;

namespace AlertRouter.Fuzz;

/// <summary>Text helpers shared by the targets.</summary>
internal static class FuzzText
{
    /// <summary>The input as the service would read a text file or a JSON string: UTF-8, invalid bytes replaced.</summary>
    public static string Decode(ReadOnlySpan<byte> input) => Encoding.UTF8.GetString(input);

    /// <summary>True when <paramref name="s"/> has no lone surrogate, i.e. it survives a strict UTF-8 round trip.</summary>
    public static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An input split at its NUL bytes, for targets that take several strings.</summary>
    public static string[] Fields(ReadOnlySpan<byte> input) => Decode(input).Split('\0');
}
