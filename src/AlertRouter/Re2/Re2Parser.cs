namespace AlertRouter.Re2;

/// <summary>
/// Parses Go RE2 syntax (Perl flags, as <c>regexp.Compile</c> uses) with Go's parse-stack rules, so that exactly the
/// expressions Go rejects are rejected, with Go's error text. Written from Go's documented grammar.
/// </summary>
internal sealed class Re2Parser
{
    private const int MaxRepeat = 1000;

    private readonly string _s;
    private readonly bool _keepCaptures;
    private readonly List<Re2Node> _stack = [];
    private int _captures;
    private Re2Flags _flags = Re2Flags.OneLine;
    private int _i;

    private Re2Parser(string s, bool keepCaptures)
    {
        _s = s;
        _keepCaptures = keepCaptures;
    }

    public static Re2Node Parse(string s) => new Re2Parser(s, keepCaptures: false).Run();

    /// <summary>Parses keeping capture groups as <see cref="Re2NodeKind.Capture"/> nodes (for submatch expansion).</summary>
    public static Re2Node ParseWithCaptures(string s) => new Re2Parser(s, keepCaptures: true).Run();

    private Re2Node Run()
    {
        var lastRepeat = -1;
        while (_i < _s.Length)
        {
            var repeat = -1;
            var c = _s[_i];
            switch (c)
            {
                case '(' when _i + 1 < _s.Length && _s[_i + 1] == '?':
                    ParsePerlFlags();
                    break;
                case '(':
                    Push(new Re2Node(Re2NodeKind.LeftParen) { SavedFlags = _flags, Cap = ++_captures });
                    _i++;
                    break;
                case '|':
                    Concat();
                    if (!SwapVerticalBar())
                    {
                        Push(new Re2Node(Re2NodeKind.VerticalBar));
                    }

                    _i++;
                    break;
                case ')':
                    ParseRightParen();
                    _i++;
                    break;
                case '^':
                    Push(new Re2Node(_flags.HasFlag(Re2Flags.OneLine) ? Re2NodeKind.BeginText : Re2NodeKind.BeginLine));
                    _i++;
                    break;
                case '$':
                    Push(new Re2Node(_flags.HasFlag(Re2Flags.OneLine) ? Re2NodeKind.EndText : Re2NodeKind.EndLine));
                    _i++;
                    break;
                case '.':
                    Push(new Re2Node(_flags.HasFlag(Re2Flags.DotNewline) ? Re2NodeKind.AnyChar : Re2NodeKind.AnyCharNotNewline));
                    _i++;
                    break;
                case '[':
                    Push(Re2ClassParser.ParseClass(_s, ref _i, _flags));
                    break;
                case '*' or '+' or '?':
                    repeat = _i;
                    Repeat(c == '+' ? 1 : 0, c == '?' ? 1 : -1, _i, _i + 1, lastRepeat, isCounted: false);
                    break;
                case '{':
                    if (!Re2RepeatSyntax.TryParseRepeat(_s, _i, out var min, out var max, out var after))
                    {
                        Literal('{');
                        _i++;
                        break;
                    }

                    if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
                    {
                        throw new Re2Exception(Re2ErrorCode.InvalidRepeatSize, _s[_i..after]);
                    }

                    repeat = _i;
                    Repeat(min, max, _i, after, lastRepeat, isCounted: true);
                    break;
                case '\\':
                    ParseBackslash();
                    break;
                default:
                    Literal(NextRune());
                    break;
            }

            lastRepeat = repeat;
        }

        Concat();
        if (SwapVerticalBar())
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        Alternate();
        if (_stack.Count != 1)
        {
            throw new Re2Exception(Re2ErrorCode.MissingParen, _s);
        }

        return _stack[0];
    }

    private int NextRune()
    {
        var rune = Re2ClassParser.RuneAt(_s, _i, out var width);
        _i += width;
        return rune;
    }

    private void Literal(int rune) => Push(Re2ClassParser.LiteralNode(rune, _flags));

    private void Push(Re2Node node) => _stack.Add(node);

    private void ParseBackslash()
    {
        if (_i + 1 < _s.Length)
        {
            Re2NodeKind? op = _s[_i + 1] switch
            {
                'A' => Re2NodeKind.BeginText,
                'b' => Re2NodeKind.WordBoundary,
                'B' => Re2NodeKind.NoWordBoundary,
                'z' => Re2NodeKind.EndText,
                _ => null,
            };
            if (op is { } kind)
            {
                Push(new Re2Node(kind));
                _i += 2;
                return;
            }

            if (_s[_i + 1] == 'C')
            {
                throw new Re2Exception(Re2ErrorCode.InvalidEscape, _s.Substring(_i, 2));
            }

            if (_s[_i + 1] == 'Q')
            {
                var end = _s.IndexOf("\\E", _i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? _s[(_i + 2)..] : _s[(_i + 2)..end];
                _i = end < 0 ? _s.Length : end + 2;
                for (var j = 0; j < literal.Length;)
                {
                    Literal(Re2ClassParser.RuneAt(literal, j, out var width));
                    j += width;
                }

                return;
            }
        }

        if (Re2ClassParser.TryParseNamedOrPerlClass(_s, ref _i, _flags, out var ranges))
        {
            Push(Re2ClassParser.ClassNode(ranges, _flags));
            return;
        }

        Literal(Re2Escapes.ParseEscape(_s, ref _i));
    }

    private void ParsePerlFlags()
    {
        var start = _i;
        var t = _s.AsSpan(_i);

        // 0.25's Go rejects look-behind as "(?<"; later Go versions accept (?<name>…) named groups, and so do we.
        if (t.StartsWith("(?<=") || t.StartsWith("(?<!"))
        {
            throw new Re2Exception(Re2ErrorCode.InvalidPerlOp, "(?<");
        }

        var startsWithP = t.Length > 4 && t[2] == 'P' && t[3] == '<';
        var startsWithName = t.Length > 3 && t[2] == '<';
        if (startsWithP || startsWithName)
        {
            var end = _s.IndexOf('>', _i);
            if (end < 0)
            {
                throw new Re2Exception(Re2ErrorCode.InvalidNamedCapture, _s[_i..]);
            }

            var name = _s[(_i + (startsWithP ? 4 : 3))..end];
            if (name.Length == 0 || !name.All(ch => ch == '_' || char.IsAsciiLetterOrDigit(ch)))
            {
                throw new Re2Exception(Re2ErrorCode.InvalidNamedCapture, _s[_i..(end + 1)]);
            }

            Push(new Re2Node(Re2NodeKind.LeftParen) { SavedFlags = _flags, Cap = ++_captures, Name = name });
            _i = end + 1;
            return;
        }

        _i += 2;
        var flags = _flags;
        var negate = false;
        var sawFlag = false;
        while (_i < _s.Length)
        {
            var c = NextRune();
            switch (c)
            {
                case 'i': flags = Set(flags, Re2Flags.FoldCase, !negate); sawFlag = true; continue;
                case 'm': flags = Set(flags, Re2Flags.OneLine, negate); sawFlag = true; continue;
                case 's': flags = Set(flags, Re2Flags.DotNewline, !negate); sawFlag = true; continue;
                case 'U': flags = Set(flags, Re2Flags.NonGreedy, !negate); sawFlag = true; continue;
                case '-' when !negate:
                    negate = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when !negate || sawFlag:
                    if (c == ':')
                    {
                        Push(new Re2Node(Re2NodeKind.LeftParen) { SavedFlags = _flags });
                    }

                    _flags = flags;
                    return;
            }

            break;
        }

        throw new Re2Exception(Re2ErrorCode.InvalidPerlOp, _s[start.._i]);
    }

    private static Re2Flags Set(Re2Flags flags, Re2Flags flag, bool on) => on ? flags | flag : flags & ~flag;

    private void ParseRightParen()
    {
        Concat();
        if (SwapVerticalBar())
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        Alternate();
        var n = _stack.Count;
        if (n < 2 || _stack[n - 2].Kind != Re2NodeKind.LeftParen)
        {
            throw new Re2Exception(Re2ErrorCode.UnexpectedParen, _s);
        }

        var inner = _stack[n - 1];
        var open = _stack[n - 2];
        _flags = open.SavedFlags;
        _stack.RemoveRange(n - 2, 2);
        Push(_keepCaptures && open.Cap > 0 ? new Re2Node(Re2NodeKind.Capture) { Cap = open.Cap, Name = open.Name, Subs = [inner] } : inner);
    }

    private void Repeat(int min, int max, int before, int after, int lastRepeat, bool isCounted)
    {
        if (after < _s.Length && _s[after] == '?')
        {
            after++;
        }

        if (lastRepeat >= 0)
        {
            throw new Re2Exception(Re2ErrorCode.InvalidRepeatOp, _s[lastRepeat..after]);
        }

        if (_stack.Count == 0 || _stack[^1].IsPseudo)
        {
            throw new Re2Exception(Re2ErrorCode.MissingRepeatArgument, _s[before..after]);
        }

        var node = new Re2Node(Re2NodeKind.Repeat) { Min = min, Max = max, Subs = [_stack[^1]] };
        _stack[^1] = node;
        if (isCounted && (min >= 2 || max >= 2) && !Re2RepeatSyntax.RepeatIsValid(node, MaxRepeat))
        {
            throw new Re2Exception(Re2ErrorCode.InvalidRepeatSize, _s[before..after]);
        }

        _i = after;
    }

    private void Concat() => Collapse(Re2NodeKind.Concat, Re2NodeKind.EmptyMatch);

    private void Alternate() => Collapse(Re2NodeKind.Alternate, Re2NodeKind.EmptyMatch);

    private void Collapse(Re2NodeKind kind, Re2NodeKind whenEmpty)
    {
        var i = _stack.Count;
        while (i > 0 && !_stack[i - 1].IsPseudo)
        {
            i--;
        }

        var subs = _stack.GetRange(i, _stack.Count - i);
        _stack.RemoveRange(i, _stack.Count - i);
        Push(subs.Count switch
        {
            0 => new Re2Node(whenEmpty),
            1 => subs[0],
            _ => new Re2Node(kind) { Subs = subs },
        });
    }

    private bool SwapVerticalBar()
    {
        var n = _stack.Count;
        if (n >= 2 && _stack[n - 2].Kind == Re2NodeKind.VerticalBar)
        {
            (_stack[n - 2], _stack[n - 1]) = (_stack[n - 1], _stack[n - 2]);
            return true;
        }

        return false;
    }
}
