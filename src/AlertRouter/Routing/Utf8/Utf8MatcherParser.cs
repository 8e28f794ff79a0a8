namespace AlertRouter.Routing.Utf8;

/// <summary>
/// The UTF-8 matcher syntax (Alertmanager 0.27+ <c>matcher/parse</c>): optional braces (both or neither), names and
/// values unquoted or Go-double-quoted, one trailing comma allowed; errors carry rune column ranges.
/// </summary>
internal sealed class Utf8MatcherParser
{
    private const string EndOfInput = "end of input";

    private readonly Lexer _lexer;
    private readonly List<Matcher> _matchers = [];
    private bool _hasOpenBrace;

    private Utf8MatcherParser(string input) => _lexer = new Lexer(input);

    private delegate Step Step();

    public static List<Matcher> ParseMatchers(string input)
    {
        var parser = new Utf8MatcherParser(input);
        try
        {
            for (Step? step = parser.ParseOpenBrace; step is not null;)
            {
                step = step();
            }
        }
        catch (Utf8SyntaxException e)
        {
            throw new MatcherParseException(e.Message);
        }

        return parser._matchers;
    }

    public static Matcher ParseMatcher(string input)
    {
        var matchers = ParseMatchers(input);
        return matchers.Count switch
        {
            1 => matchers[0],
            0 => throw new MatcherParseException("no matchers"),
            _ => throw new MatcherParseException($"expected 1 matcher, found {matchers.Count}"),
        };
    }

    private Step ParseOpenBrace()
    {
        var first = _lexer.Peek();
        if (first.IsEof)
        {
            return ParseEof;
        }

        _hasOpenBrace = first.Kind == TokenKind.OpenBrace;
        if (_hasOpenBrace)
        {
            _lexer.Scan();
        }

        var next = _lexer.Peek();
        return next.IsEof || next.Kind == TokenKind.CloseBrace ? ParseCloseBrace : ParseMatcherStep;
    }

    private Step ParseCloseBrace()
    {
        if (_hasOpenBrace)
        {
            try
            {
                Expect(TokenKind.CloseBrace);
            }
            catch (Utf8SyntaxException e)
            {
                throw new Utf8SyntaxException($"0:{_lexer.ColumnEnd}: {e.Message}: expected close brace");
            }
        }
        else if (TryExpect(TokenKind.CloseBrace))
        {
            throw new Utf8SyntaxException($"0:{_lexer.ColumnEnd}: }}: expected opening brace");
        }

        return ParseEof;
    }

    private Step ParseMatcherStep()
    {
        var nameToken = Expect("expected label name", TokenKind.Quoted, TokenKind.Unquoted);
        var name = Unquote(nameToken);
        var op = Expect("expected an operator such as '=', '!=', '=~' or '!~'",
            TokenKind.Equals, TokenKind.NotEquals, TokenKind.Matches, TokenKind.NotMatches);
        var valueToken = Expect("expected label value", TokenKind.Unquoted, TokenKind.Quoted);
        var value = Unquote(valueToken);
        var type = op.Kind switch
        {
            TokenKind.Equals => MatcherType.Equal,
            TokenKind.NotEquals => MatcherType.NotEqual,
            TokenKind.Matches => MatcherType.Regexp,
            _ => MatcherType.NotRegexp,
        };
        try
        {
            _matchers.Add(Matcher.Create(type, name, value));
        }
        catch (MatcherParseException e)
        {
            throw new Utf8SyntaxException($"failed to create matcher: {e.Message}");
        }

        return ParseEndOfMatcher;
    }

    private Step ParseEndOfMatcher()
    {
        var next = PeekExpecting("expected a comma or close brace", TokenKind.Comma, TokenKind.CloseBrace);
        return next is null ? ParseCloseBrace : next.Value.Kind == TokenKind.Comma ? ParseComma : ParseCloseBrace;
    }

    private Step ParseComma()
    {
        Expect("expected a comma", TokenKind.Comma);
        var next = PeekExpecting("expected a matcher or close brace after comma", TokenKind.CloseBrace, TokenKind.Unquoted, TokenKind.Quoted);
        return next is null || next.Value.Kind == TokenKind.CloseBrace ? ParseCloseBrace : ParseMatcherStep;
    }

    private Step ParseEof()
    {
        Token token;
        try
        {
            token = _lexer.Scan();
        }
        catch (Utf8SyntaxException e)
        {
            throw new Utf8SyntaxException($"{e.Message}: expected end of input");
        }

        return token.IsEof ? null! : throw new Utf8SyntaxException($"{token.ColumnStart}:{token.ColumnEnd}: {token.Value}: expected end of input");
    }

    private static string Unquote(Token token)
    {
        if (token.Kind != TokenKind.Quoted)
        {
            return token.Value;
        }

        return GoUnquote.TryUnquote(token.Value, out var value)
            ? value
            : throw new Utf8SyntaxException($"{token.ColumnStart}:{token.ColumnEnd}: {token.Value}: invalid input");
    }

    // Returns null at end of input (the callers then close); otherwise the token, or an "unexpected" error.
    private Token? PeekExpecting(string what, params TokenKind[] kinds)
    {
        try
        {
            return ExpectPeek(kinds);
        }
        catch (Utf8SyntaxException e) when (e.IsEndOfInput)
        {
            return null;
        }
        catch (Utf8SyntaxException e)
        {
            throw new Utf8SyntaxException($"{e.Message}: {what}");
        }
    }

    private Token Expect(string what, params TokenKind[] kinds)
    {
        try
        {
            return Expect(kinds);
        }
        catch (Utf8SyntaxException e)
        {
            throw new Utf8SyntaxException($"{e.Message}: {what}");
        }
    }

    private Token Expect(params TokenKind[] kinds)
    {
        var token = ExpectPeek(kinds);
        _lexer.Scan();
        return token;
    }

    private bool TryExpect(TokenKind kind)
    {
        try
        {
            Expect(kind);
            return true;
        }
        catch (Utf8SyntaxException)
        {
            return false;
        }
    }

    private Token ExpectPeek(params TokenKind[] kinds)
    {
        var token = _lexer.Peek();
        if (token.IsEof)
        {
            throw new Utf8SyntaxException(EndOfInput, isEndOfInput: true);
        }

        return Array.IndexOf(kinds, token.Kind) >= 0
            ? token
            : throw new Utf8SyntaxException($"{token.ColumnStart}:{token.ColumnEnd}: unexpected {token.Value}");
    }
}
