using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Parse;

/// <summary>The text a tree was parsed from and its parse name, for Go's <c>NAME:LINE:COL</c> error locations.</summary>
internal sealed class TreeSource(string parseName, string text)
{
    public string ParseName { get; } = parseName;

    public string Text { get; } = text;

    /// <summary>Go's ErrorContext location: line, and the byte offset of <paramref name="pos"/> within its line.</summary>
    public string Location(int pos)
    {
        pos = Math.Min(pos, Text.Length);
        var lastNewline = Text.LastIndexOf('\n', Math.Max(0, pos - 1), pos);
        var line = 1;
        for (var i = 0; i < pos; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
            }
        }

        var col = lastNewline < 0 ? GoString.ByteLength(Text, 0, pos) : GoString.ByteLength(Text, lastNewline + 1, pos);
        return $"{ParseName}:{line}:{col}";
    }
}
