using System.Text;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Parse;

/// <summary>One lexical item: kind, start offset in the template text, text, and the line it starts on.</summary>
internal readonly record struct Token(TokenKind Kind, int Pos, string Val, int Line)
{
    /// <summary>Go's item.String(), which parse errors quote.</summary>
    public override string ToString()
    {
        if (Kind == TokenKind.Eof)
        {
            return "EOF";
        }

        if (Kind == TokenKind.Error)
        {
            return Val;
        }

        if (Kind > TokenKind.Keyword)
        {
            return "<" + Val + ">";
        }

        var sb = new StringBuilder();
        if (GoString.RuneCount(Val) > 10)
        {
            GoQuoting.Quote(sb, GoString.FirstRunes(Val, 10), asciiOnly: false);
            return sb.Append("...").ToString();
        }

        GoQuoting.Quote(sb, Val, asciiOnly: false);
        return sb.ToString();
    }
}
