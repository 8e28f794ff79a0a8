namespace AlertRouter.Routing.Utf8;

/// <summary>A lexed token; columns count runes, offsets count UTF-16 units of the input.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int OffsetStart, int OffsetEnd, int ColumnStart, int ColumnEnd)
{
    public bool IsEof => Kind == TokenKind.Eof;
}
