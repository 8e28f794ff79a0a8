using System.Globalization;
using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>
/// Go 1.19's text/template lexer: splits text and actions, applies trim markers and comments, and tokenises inside
/// actions. Pull-based; the state machine mirrors Go's state functions so positions and lines match.
/// </summary>
internal sealed class Lexer(string input, bool breakOk, bool continueOk)
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";
    private const int Eof = -1;

    private readonly Queue<Token> _items = new();
    private State _state = State.Text;
    private int _pos;
    private int _start;
    private int _line = 1;
    private int _startLine = 1;
    private int _parenDepth;
    private bool _atEof;

    private enum State
    {
        Text,
        LeftDelim,
        InsideAction,
        Done,
    }

    public Token NextToken()
    {
        while (_items.Count == 0)
        {
            if (_state == State.Done)
            {
                return new Token(TokenKind.Eof, _pos, "", _line);
            }

            _state = _state switch
            {
                State.Text => LexText(),
                State.LeftDelim => LexLeftDelim(),
                _ => LexInsideAction(),
            };
        }

        return _items.Dequeue();
    }

    private int Next()
    {
        if (_pos >= input.Length)
        {
            _atEof = true;
            return Eof;
        }

        var r = Rune.DecodeFromUtf16(input.AsSpan(_pos), out var rune, out var w) == System.Buffers.OperationStatus.Done
            ? rune.Value : 0xFFFD;
        _pos += w;
        if (r == '\n')
        {
            _line++;
        }

        return r;
    }

    private int Peek()
    {
        var r = Next();
        Backup();
        return r;
    }

    private void Backup()
    {
        if (!_atEof && _pos > 0)
        {
            _pos -= _pos >= 2 && char.IsLowSurrogate(input[_pos - 1]) && char.IsHighSurrogate(input[_pos - 2]) ? 2 : 1;
            if (input[_pos] == '\n')
            {
                _line--;
            }
        }
    }

    private void Emit(TokenKind kind)
    {
        _items.Enqueue(new Token(kind, _start, input[_start.._pos], _startLine));
        _start = _pos;
        _startLine = _line;
    }

    private void Ignore()
    {
        _line += CountNewlines(_start, _pos);
        _start = _pos;
        _startLine = _line;
    }

    private State Error(string message)
    {
        _items.Enqueue(new Token(TokenKind.Error, _start, message, _startLine));
        return State.Done;
    }

    private int CountNewlines(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (input[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }

    private bool HasPrefixAt(int at, string prefix) =>
        at <= input.Length && input.AsSpan(at).StartsWith(prefix, StringComparison.Ordinal);

    private static bool IsSpace(int r) => r is ' ' or '\t' or '\r' or '\n';

    private bool HasLeftTrimMarker(int at) => at + 1 < input.Length && input[at] == '-' && IsSpace(input[at + 1]);

    private bool HasRightTrimMarker(int at) => at + 1 < input.Length && IsSpace(input[at]) && input[at + 1] == '-';

    private State LexText()
    {
        var x = input.IndexOf(LeftDelim, _pos, StringComparison.Ordinal);
        if (x >= 0)
        {
            _pos = x;
            var trim = 0;
            if (HasLeftTrimMarker(_pos + LeftDelim.Length))
            {
                var end = _pos;
                while (end > _start && IsSpace(input[end - 1]))
                {
                    end--;
                }

                trim = _pos - end;
            }

            _pos -= trim;
            if (_pos > _start)
            {
                _line += CountNewlines(_start, _pos);
                Emit(TokenKind.Text);
            }

            _pos += trim;
            Ignore();
            return State.LeftDelim;
        }

        _pos = input.Length;
        if (_pos > _start)
        {
            _line += CountNewlines(_start, _pos);
            Emit(TokenKind.Text);
        }

        Emit(TokenKind.Eof);
        return State.Done;
    }

    private State LexLeftDelim()
    {
        _pos += LeftDelim.Length;
        var trim = HasLeftTrimMarker(_pos);
        var after = trim ? 2 : 0;
        if (HasPrefixAt(_pos + after, "/*"))
        {
            _pos += after;
            Ignore();
            return LexComment();
        }

        Emit(TokenKind.LeftDelim);
        _pos += after;
        Ignore();
        _parenDepth = 0;
        return State.InsideAction;
    }

    private State LexComment()
    {
        _pos += 2;
        var i = input.IndexOf("*/", _pos, StringComparison.Ordinal);
        if (i < 0)
        {
            return Error("unclosed comment");
        }

        _pos = i + 2;
        var (delim, trim) = AtRightDelim();
        if (!delim)
        {
            return Error("comment ends before closing delimiter");
        }

        if (trim)
        {
            _pos += 2;
        }

        _pos += RightDelim.Length;
        if (trim)
        {
            SkipLeadingSpace();
        }

        Ignore();
        return State.Text;
    }

    private void SkipLeadingSpace()
    {
        while (_pos < input.Length && IsSpace(input[_pos]))
        {
            _pos++;
        }
    }

    private (bool Delim, bool Trim) AtRightDelim()
    {
        if (HasRightTrimMarker(_pos) && HasPrefixAt(_pos + 2, RightDelim))
        {
            return (true, true);
        }

        return (HasPrefixAt(_pos, RightDelim), false);
    }

    private State LexRightDelim()
    {
        var trim = HasRightTrimMarker(_pos);
        if (trim)
        {
            _pos += 2;
            Ignore();
        }

        _pos += RightDelim.Length;
        Emit(TokenKind.RightDelim);
        if (trim)
        {
            SkipLeadingSpace();
            Ignore();
        }

        return State.Text;
    }

    private State LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            return _parenDepth == 0 ? LexRightDelim() : Error("unclosed left paren");
        }

        var r = Next();
        switch (r)
        {
            case Eof:
                return Error("unclosed action");
            case ' ' or '\t' or '\r' or '\n':
                Backup();
                return LexSpace();
            case '=':
                Emit(TokenKind.Assign);
                return State.InsideAction;
            case ':':
                if (Next() != '=')
                {
                    return Error("expected :=");
                }

                Emit(TokenKind.Declare);
                return State.InsideAction;
            case '|':
                Emit(TokenKind.Pipe);
                return State.InsideAction;
            case '"':
                return LexQuote();
            case '`':
                return LexRawQuote();
            case '$':
                return LexVariable();
            case '\'':
                return LexChar();
            case '.' when _pos < input.Length && (input[_pos] < '0' || input[_pos] > '9'):
                return LexFieldOrVariable(TokenKind.Field);
            case '.' or '+' or '-' or (>= '0' and <= '9'):
                Backup();
                return LexNumber();
            case '(':
                Emit(TokenKind.LeftParen);
                _parenDepth++;
                return State.InsideAction;
            case ')':
                Emit(TokenKind.RightParen);
                _parenDepth--;
                return _parenDepth < 0 ? Error("unexpected right paren " + FormatU(r)) : State.InsideAction;
        }

        if (IsAlphaNumeric(r))
        {
            Backup();
            return LexIdentifier();
        }

        if (r is >= 0x20 and < 0x7F)
        {
            Emit(TokenKind.Char);
            return State.InsideAction;
        }

        return Error("unrecognized character in action: " + FormatU(r));
    }

    private State LexSpace()
    {
        var spaces = 0;
        while (IsSpace(Peek()))
        {
            Next();
            spaces++;
        }

        if (HasRightTrimMarker(_pos - 1) && HasPrefixAt(_pos + 1, RightDelim))
        {
            Backup();
            if (spaces == 1)
            {
                return LexRightDelim();
            }
        }

        Emit(TokenKind.Space);
        return State.InsideAction;
    }

    private State LexIdentifier()
    {
        while (true)
        {
            var r = Next();
            if (IsAlphaNumeric(r))
            {
                continue;
            }

            Backup();
            var word = input[_start.._pos];
            if (!AtTerminator())
            {
                return Error("bad character " + FormatU(r));
            }

            var keyword = KeywordOf(word);
            if (keyword != TokenKind.Error)
            {
                Emit((keyword == TokenKind.Break && !breakOk) || (keyword == TokenKind.Continue && !continueOk)
                    ? TokenKind.Identifier : keyword);
            }
            else if (word[0] == '.')
            {
                Emit(TokenKind.Field);
            }
            else if (word is "true" or "false")
            {
                Emit(TokenKind.Bool);
            }
            else
            {
                Emit(TokenKind.Identifier);
            }

            return State.InsideAction;
        }
    }

    private static TokenKind KeywordOf(string word) => word switch
    {
        "." => TokenKind.Dot,
        "block" => TokenKind.Block,
        "break" => TokenKind.Break,
        "continue" => TokenKind.Continue,
        "define" => TokenKind.Define,
        "else" => TokenKind.Else,
        "end" => TokenKind.End,
        "if" => TokenKind.If,
        "range" => TokenKind.Range,
        "nil" => TokenKind.Nil,
        "template" => TokenKind.Template,
        "with" => TokenKind.With,
        _ => TokenKind.Error,
    };

    private State LexVariable()
    {
        if (AtTerminator())
        {
            Emit(TokenKind.Variable);
            return State.InsideAction;
        }

        return LexFieldOrVariable(TokenKind.Variable);
    }

    private State LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return State.InsideAction;
        }

        int r;
        while (true)
        {
            r = Next();
            if (!IsAlphaNumeric(r))
            {
                Backup();
                break;
            }
        }

        if (!AtTerminator())
        {
            return Error("bad character " + FormatU(r));
        }

        Emit(kind);
        return State.InsideAction;
    }

    private bool AtTerminator()
    {
        var r = Peek();
        if (IsSpace(r))
        {
            return true;
        }

        return r is Eof or '.' or ',' or '|' or ':' or ')' or '(' or '}';
    }

    private State LexChar()
    {
        while (true)
        {
            switch (Next())
            {
                case '\\':
                    var r = Next();
                    if (r != Eof && r != '\n')
                    {
                        break;
                    }

                    return Error("unterminated character constant");
                case Eof or '\n':
                    return Error("unterminated character constant");
                case '\'':
                    Emit(TokenKind.CharConstant);
                    return State.InsideAction;
            }
        }
    }

    private State LexNumber()
    {
        if (!ScanNumber())
        {
            return Error("bad number syntax: " + Quoted(input[_start.._pos]));
        }

        var sign = Peek();
        if (sign is '+' or '-')
        {
            if (!ScanNumber() || input[_pos - 1] != 'i')
            {
                return Error("bad number syntax: " + Quoted(input[_start.._pos]));
            }

            Emit(TokenKind.Complex);
        }
        else
        {
            Emit(TokenKind.Number);
        }

        return State.InsideAction;
    }

    private bool Accept(string valid)
    {
        var r = Next();
        if (r != Eof && valid.Contains((char)r, StringComparison.Ordinal) && r < 0x10000)
        {
            return true;
        }

        Backup();
        return false;
    }

    private void AcceptRun(string valid)
    {
        while (Accept(valid))
        {
        }
    }

    private bool ScanNumber()
    {
        Accept("+-");
        var digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }

        return true;
    }

    private State LexQuote()
    {
        while (true)
        {
            switch (Next())
            {
                case '\\':
                    var r = Next();
                    if (r != Eof && r != '\n')
                    {
                        break;
                    }

                    return Error("unterminated quoted string");
                case Eof or '\n':
                    return Error("unterminated quoted string");
                case '"':
                    Emit(TokenKind.String);
                    return State.InsideAction;
            }
        }
    }

    private State LexRawQuote()
    {
        while (true)
        {
            switch (Next())
            {
                case Eof:
                    return Error("unterminated raw quoted string");
                case '`':
                    Emit(TokenKind.RawString);
                    return State.InsideAction;
            }
        }
    }

    internal static bool IsAlphaNumeric(int r) =>
        r == '_' || (r >= 0 && Rune.IsValid(r) && (Rune.IsLetter(new Rune(r)) || Rune.GetUnicodeCategory(new Rune(r)) == UnicodeCategory.DecimalDigitNumber));

    /// <summary>Go's %#U: <c>U+0023 '#'</c>.</summary>
    internal static string FormatU(int r)
    {
        var hex = "U+" + r.ToString("X4", CultureInfo.InvariantCulture);
        return Fmt.GoQuoting.IsPrint(r) ? hex + " '" + char.ConvertFromUtf32(r) + "'" : hex;
    }

    private static string Quoted(string s)
    {
        var sb = new StringBuilder();
        Fmt.GoQuoting.Quote(sb, s, asciiOnly: false);
        return sb.ToString();
    }
}
