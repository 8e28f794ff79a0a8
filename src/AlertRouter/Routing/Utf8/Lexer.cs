namespace AlertRouter.Routing.Utf8;

/// <summary>The lexer of the UTF-8 matcher syntax (Alertmanager 0.27+ <c>matcher/parse/lexer.go</c>).</summary>
internal sealed class Lexer(string input)
{
    private const int Eof = -1;

    private int _start;
    private int _pos;
    private int _width;
    private int _column;
    private int _cols;
    private Utf8SyntaxException? _error;

    public string Input => input;

    public int ColumnEnd => _cols;

    public Token Scan()
    {
        if (_error is not null)
        {
            throw _error;
        }

        for (var r = Next(); r != Eof; r = Next())
        {
            switch (r)
            {
                case '{':
                    return Emit(TokenKind.OpenBrace);
                case '}':
                    return Emit(TokenKind.CloseBrace);
                case ',':
                    return Emit(TokenKind.Comma);
                case '=' or '!':
                    Rewind();
                    return Guard(ScanOperator);
                case '"':
                    Rewind();
                    return Guard(ScanQuoted);
                default:
                    if (!IsReserved(r))
                    {
                        Rewind();
                        return ScanUnquoted();
                    }

                    if (IsSpace(r))
                    {
                        _start = _pos;
                        _column = _cols;
                        continue;
                    }

                    throw _error = new Utf8SyntaxException($"{_column}:{_cols}: {input[_start.._pos]}: invalid input");
            }
        }

        return new Token(TokenKind.Eof, "", _start, _pos, _column, _cols);
    }

    /// <summary>Scans without consuming.</summary>
    public Token Peek()
    {
        var (start, pos, width, column, cols) = (_start, _pos, _width, _column, _cols);
        try
        {
            return Scan();
        }
        finally
        {
            (_start, _pos, _width, _column, _cols) = (start, pos, width, column, cols);
        }
    }

    private Token Guard(Func<Token> scan)
    {
        try
        {
            return scan();
        }
        catch (Utf8SyntaxException e)
        {
            _error = e;
            throw;
        }
    }

    private Token ScanOperator()
    {
        if (Accept("!"))
        {
            if (Accept("="))
            {
                return Emit(TokenKind.NotEquals);
            }

            if (Accept("~"))
            {
                return Emit(TokenKind.NotMatches);
            }

            throw Expected("=~");
        }

        if (Accept("="))
        {
            return Accept("~") ? Emit(TokenKind.Matches) : Emit(TokenKind.Equals);
        }

        throw Expected("!=");
    }

    private Token ScanQuoted()
    {
        Expect("\"");
        var escaped = false;
        for (var r = Next(); r != Eof; r = Next())
        {
            if (escaped)
            {
                escaped = false;
            }
            else if (r == '\\')
            {
                escaped = true;
            }
            else if (r == '"')
            {
                Rewind();
                break;
            }
        }

        if (!Accept("\""))
        {
            throw new Utf8SyntaxException($"{_column}:{_cols}: {input[_start.._pos]}: missing end \"");
        }

        return Emit(TokenKind.Quoted);
    }

    private Token ScanUnquoted()
    {
        for (var r = Next(); r != Eof; r = Next())
        {
            if (IsReserved(r))
            {
                Rewind();
                break;
            }
        }

        return Emit(TokenKind.Unquoted);
    }

    private Utf8SyntaxException Expected(string expected) =>
        _pos >= input.Length
            ? new Utf8SyntaxException($"{_column}:{_cols}: unexpected end of input, expected one of '{expected}'")
            : new Utf8SyntaxException($"{_column}:{_cols}: {input[_start.._pos]}: expected one of '{expected}'");

    private bool Accept(string valid)
    {
        var r = Next();
        if (r != Eof && valid.Contains((char)r, StringComparison.Ordinal))
        {
            return true;
        }

        Rewind();
        return false;
    }

    private void Expect(string valid)
    {
        if (!Accept(valid))
        {
            throw Expected(valid);
        }
    }

    private Token Emit(TokenKind kind)
    {
        var token = new Token(kind, input[_start.._pos], _start, _pos, _column, _cols);
        _start = _pos;
        _column = _cols;
        return token;
    }

    private int Next()
    {
        if (_pos >= input.Length)
        {
            _width = 0;
            return Eof;
        }

        var width = char.IsHighSurrogate(input[_pos]) && _pos + 1 < input.Length && char.IsLowSurrogate(input[_pos + 1]) ? 2 : 1;
        var r = width == 2 ? char.ConvertToUtf32(input[_pos], input[_pos + 1]) : input[_pos];
        _width = width;
        _pos += width;
        _cols++;
        return r;
    }

    private void Rewind()
    {
        _pos -= _width;
        if (_width > 0)
        {
            _cols--;
        }
    }

    private static bool IsSpace(int r) => r <= 0xFFFF && char.IsWhiteSpace((char)r);

    private static bool IsReserved(int r) => r <= 0xFFFF && MatcherSyntax.IsReserved((char)r);
}
