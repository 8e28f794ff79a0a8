namespace AlertRouter.Re2;

/// <summary>Node kinds of a parsed RE2 expression; the two pseudo kinds only live on the parse stack.</summary>
internal enum Re2NodeKind
{
    EmptyMatch,
    Literal,
    CharClass,
    AnyCharNotNewline,
    AnyChar,
    BeginLine,
    EndLine,
    BeginText,
    EndText,
    WordBoundary,
    NoWordBoundary,
    Repeat,
    Concat,
    Alternate,
    LeftParen,
    VerticalBar,

    /// <summary>A capturing group, kept only when parsing for submatch extraction.</summary>
    Capture,
}
