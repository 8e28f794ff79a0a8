namespace AlertRouter.Routing.Utf8;

internal enum TokenKind
{
    Eof,
    OpenBrace,
    CloseBrace,
    Comma,
    Equals,
    NotEquals,
    Matches,
    NotMatches,
    Quoted,
    Unquoted,
}
