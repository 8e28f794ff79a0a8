using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Parse;

/// <summary>
/// Go 1.19's text/template parser. <see cref="Parse"/> returns every tree the text defines: the top-level one under
/// <c>name</c> and one per <c>define</c>/<c>block</c>. Errors carry Go's exact message and line.
/// </summary>
internal sealed class Parser
{
    private readonly Lexer _lex;
    private readonly TreeSource _source;
    private readonly Func<string, bool> _hasFunction;
    private readonly Dictionary<string, ParsedTree> _treeSet;
    private readonly Token[] _token = new Token[3];
    private int _peekCount;
    private List<string> _vars = ["$"];
    private int _actionLine;
    private int _rangeDepth;
    private string _name;

    private Parser(string name, TreeSource source, Lexer lex, Func<string, bool> hasFunction, Dictionary<string, ParsedTree> treeSet)
    {
        _name = name;
        _source = source;
        _lex = lex;
        _hasFunction = hasFunction;
        _treeSet = treeSet;
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="TemplateParseException"/> with Go's message.</summary>
    public static Dictionary<string, ParsedTree> Parse(string name, string text, Func<string, bool> hasFunction)
    {
        var source = new TreeSource(name, text);
        var lex = new Lexer(text, !hasFunction("break"), !hasFunction("continue"));
        var treeSet = new Dictionary<string, ParsedTree>(StringComparer.Ordinal);
        var p = new Parser(name, source, lex, hasFunction, treeSet);
        try
        {
            var root = p.ParseTop();
            p.Add(root);
        }
        catch (InsufficientExecutionStackException)
        {
            // Go's parser has no depth limit; a .NET stack has one, so absurd nesting is rejected instead of crashing.
            throw new TemplateParseException($"template: {name}:{p._token[0].Line}: expression nesting too deep", name, p._token[0].Line);
        }

        return treeSet;
    }

    private Parser Sub(string name) => new(name, _source, _lex, _hasFunction, _treeSet);

    private Token Next()
    {
        if (_peekCount > 0)
        {
            _peekCount--;
        }
        else
        {
            _token[0] = _lex.NextToken();
        }

        return _token[_peekCount];
    }

    private void Backup() => _peekCount++;

    private void Backup2(Token t1)
    {
        _token[1] = t1;
        _peekCount = 2;
    }

    private void Backup3(Token t2, Token t1)
    {
        _token[1] = t1;
        _token[2] = t2;
        _peekCount = 3;
    }

    private Token Peek()
    {
        if (_peekCount > 0)
        {
            return _token[_peekCount - 1];
        }

        _peekCount = 1;
        _token[0] = _lex.NextToken();
        return _token[0];
    }

    private Token NextNonSpace()
    {
        Token t;
        do
        {
            t = Next();
        }
        while (t.Kind == TokenKind.Space);

        return t;
    }

    private Token PeekNonSpace()
    {
        var t = NextNonSpace();
        Backup();
        return t;
    }

    private TemplateParseException Error(string message)
    {
        var line = _token[0].Line;
        return new TemplateParseException($"template: {_source.ParseName}:{line}: {message}", _source.ParseName, line);
    }

    private TemplateParseException Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            var extra = "";
            if (_actionLine != 0 && _actionLine != token.Line)
            {
                extra = $" in action started at {_source.ParseName}:{_actionLine}";
                if (token.Val.EndsWith(" action", StringComparison.Ordinal))
                {
                    extra = extra[" in action".Length..];
                }
            }

            return Error(token.Val + extra);
        }

        return Error($"unexpected {token} in {context}");
    }

    private Token Expect(TokenKind expected, string context)
    {
        var t = NextNonSpace();
        if (t.Kind != expected)
        {
            throw Unexpected(t, context);
        }

        return t;
    }

    private Token ExpectOneOf(TokenKind a, TokenKind b, string context)
    {
        var t = NextNonSpace();
        if (t.Kind != a && t.Kind != b)
        {
            throw Unexpected(t, context);
        }

        return t;
    }

    private void Add(ListNode root)
    {
        var tree = new ParsedTree(_name, _source, root);
        if (!_treeSet.TryGetValue(_name, out var existing) || existing.IsEmpty)
        {
            _treeSet[_name] = tree;
            return;
        }

        if (!tree.IsEmpty)
        {
            throw Error($"template: multiple definition of template {GoQuoting.Quote(_name)}");
        }
    }

    private ListNode ParseTop()
    {
        var root = new ListNode(Peek().Pos, _source);
        while (Peek().Kind != TokenKind.Eof)
        {
            if (Peek().Kind == TokenKind.LeftDelim)
            {
                var delim = Next();
                if (NextNonSpace().Kind == TokenKind.Define)
                {
                    var sub = Sub("definition");
                    sub.CopyLookahead(this);
                    sub.ParseDefinition();
                    CopyLookahead(sub);
                    continue;
                }

                Backup2(delim);
            }

            var n = TextOrAction();
            if (n is EndNode)
            {
                throw Error($"unexpected {n}");
            }

            root.Nodes.Add(n);
        }

        return root;
    }

    // Go's sub-trees share the lexer but start with an empty look-ahead; ours share the look-ahead buffer state too,
    // which is empty at these points, so copying keeps the two in step.
    private void CopyLookahead(Parser other)
    {
        Array.Copy(other._token, _token, 3);
        _peekCount = other._peekCount;
    }

    private void ParseDefinition()
    {
        const string context = "define clause";
        var name = ExpectOneOf(TokenKind.String, TokenKind.RawString, context);
        _name = GoQuoting.Unquote(name.Val) ?? throw Error("invalid syntax");
        Expect(TokenKind.RightDelim, context);
        var (list, end) = ItemList();
        if (end is not EndNode { IsElse: false })
        {
            throw Error($"unexpected {end} in {context}");
        }

        Add(list);
    }

    private (ListNode List, Node Next) ItemList()
    {
        var list = new ListNode(PeekNonSpace().Pos, _source);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var n = TextOrAction();
            if (n is EndNode)
            {
                return (list, n);
            }

            list.Nodes.Add(n);
        }

        throw Error("unexpected EOF");
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(token.Pos, _source, token.Val);
            case TokenKind.LeftDelim:
                _actionLine = token.Line;
                try
                {
                    return Action();
                }
                finally
                {
                    _actionLine = 0;
                }

            default:
                throw Unexpected(token, "input");
        }
    }

    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block:
                return BlockControl();
            case TokenKind.Break:
            case TokenKind.Continue:
                return LoopControl(token);
            case TokenKind.Else:
                return ElseControl();
            case TokenKind.End:
                return new EndNode(Expect(TokenKind.RightDelim, "end").Pos, _source, isElse: false, token.Line);
            case TokenKind.If:
                return Control(BranchKind.If);
            case TokenKind.Range:
                return Control(BranchKind.Range);
            case TokenKind.Template:
                return TemplateControl();
            case TokenKind.With:
                return Control(BranchKind.With);
        }

        Backup();
        var t = Peek();
        return new ActionNode(t.Pos, _source, t.Line, Pipeline("command", TokenKind.RightDelim));
    }

    private Node LoopControl(Token token)
    {
        var isBreak = token.Kind == TokenKind.Break;
        var next = NextNonSpace();
        if (next.Kind != TokenKind.RightDelim)
        {
            throw Unexpected(next, isBreak ? "{{break}}" : "{{continue}}");
        }

        if (_rangeDepth == 0)
        {
            throw Error(isBreak ? "{{break}} outside {{range}}" : "{{continue}} outside {{range}}");
        }

        return new LoopControlNode(token.Pos, _source, token.Line, isBreak);
    }

    private Node ElseControl()
    {
        var peek = PeekNonSpace();
        if (peek.Kind == TokenKind.If)
        {
            return new EndNode(peek.Pos, _source, isElse: true, peek.Line);
        }

        var token = Expect(TokenKind.RightDelim, "else");
        return new EndNode(token.Pos, _source, isElse: true, token.Line);
    }

    private Node Control(BranchKind kind)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var context = kind switch { BranchKind.If => "if", BranchKind.Range => "range", _ => "with" };
        var mark = _vars.Count;
        try
        {
            var pipe = Pipeline(context, TokenKind.RightDelim);
            if (kind == BranchKind.Range)
            {
                _rangeDepth++;
            }

            var (list, next) = ItemList();
            if (kind == BranchKind.Range)
            {
                _rangeDepth--;
            }

            ListNode? elseList = null;
            if (next is EndNode { IsElse: true })
            {
                if (kind == BranchKind.If && Peek().Kind == TokenKind.If)
                {
                    Next();
                    elseList = new ListNode(next.Pos, _source);
                    elseList.Nodes.Add(Control(BranchKind.If));
                }
                else
                {
                    (elseList, next) = ItemList();
                    if (next is not EndNode { IsElse: false })
                    {
                        throw Error($"expected end; found {next}");
                    }
                }
            }

            return new BranchNode(pipe.Pos, _source, kind, pipe.Line, pipe, list, elseList);
        }
        finally
        {
            _vars.RemoveRange(mark, _vars.Count - mark);
        }
    }

    private Node BlockControl()
    {
        const string context = "block clause";
        var token = NextNonSpace();
        var name = TemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);
        var block = Sub(name);
        block.CopyLookahead(this);
        var (list, end) = block.ItemList();
        CopyLookahead(block);
        if (end is not EndNode { IsElse: false })
        {
            throw Error($"unexpected {end} in {context}");
        }

        block.Add(list);
        return new TemplateNode(token.Pos, _source, token.Line, name, pipe);
    }

    private Node TemplateControl()
    {
        const string context = "template clause";
        var token = NextNonSpace();
        var name = TemplateName(token, context);
        PipeNode? pipe = null;
        if (NextNonSpace().Kind != TokenKind.RightDelim)
        {
            Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
        }

        return new TemplateNode(token.Pos, _source, token.Line, name, pipe);
    }

    private string TemplateName(Token token, string context)
    {
        if (token.Kind is TokenKind.String or TokenKind.RawString)
        {
            return GoQuoting.Unquote(token.Val) ?? throw Error("invalid syntax");
        }

        throw Unexpected(token, context);
    }

    private PipeNode Pipeline(string context, TokenKind end)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var token = PeekNonSpace();
        var pipe = new PipeNode(token.Pos, _source, token.Line);
        while (true)
        {
            var v = PeekNonSpace();
            if (v.Kind != TokenKind.Variable)
            {
                break;
            }

            Next();
            var after = Peek();
            var next = PeekNonSpace();
            if (next.Kind is TokenKind.Assign or TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(v.Pos, _source, v.Val.Split('.')));
                _vars.Add(v.Val);
                break;
            }

            if (next.Kind == TokenKind.Char && next.Val == ",")
            {
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(v.Pos, _source, v.Val.Split('.')));
                _vars.Add(v.Val);
                if (context == "range" && pipe.Decl.Count < 2)
                {
                    if (PeekNonSpace().Kind is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen)
                    {
                        continue;
                    }

                    throw Error("range can only initialize variables");
                }

                throw Error($"too many declarations in {context}");
            }

            if (after.Kind == TokenKind.Space)
            {
                Backup3(v, after);
            }
            else
            {
                Backup2(v);
            }

            break;
        }

        while (true)
        {
            var t = NextNonSpace();
            if (t.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }

            switch (t.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Complex or TokenKind.Dot or TokenKind.Field
                    or TokenKind.Identifier or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String
                    or TokenKind.Variable or TokenKind.LeftParen:
                    Backup();
                    pipe.Cmds.Add(Command());
                    break;
                default:
                    throw Unexpected(t, context);
            }
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Cmds.Count == 0)
        {
            throw Error($"missing value for {context}");
        }

        for (var i = 1; i < pipe.Cmds.Count; i++)
        {
            if (pipe.Cmds[i].Args[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
            {
                throw Error($"non executable command in pipeline stage {i + 1}");
            }
        }
    }

    private CommandNode Command()
    {
        var cmd = new CommandNode(PeekNonSpace().Pos, _source);
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null)
            {
                cmd.Args.Add(operand);
            }

            var token = Next();
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            if (token.Kind is TokenKind.RightDelim or TokenKind.RightParen)
            {
                Backup();
            }
            else if (token.Kind != TokenKind.Pipe)
            {
                throw Unexpected(token, "operand");
            }

            break;
        }

        if (cmd.Args.Count == 0)
        {
            throw Error("empty command");
        }

        return cmd;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null)
        {
            return null;
        }

        if (Peek().Kind == TokenKind.Field)
        {
            var chain = new ChainNode(Peek().Pos, _source, node);
            while (Peek().Kind == TokenKind.Field)
            {
                chain.Add(Next().Val);
            }

            switch (node)
            {
                case FieldNode f:
                    return new FieldNode(chain.Pos, _source, [.. f.Ident, .. chain.Field]);
                case VariableNode v:
                    return new VariableNode(chain.Pos, _source, [.. v.Ident, .. chain.Field]);
                case BoolNode or StringNode or NumberNode or NilNode or DotNode:
                    throw Error($"unexpected . after term {GoQuoting.Quote(node.ToString())}");
                default:
                    return chain;
            }
        }

        return node;
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!_hasFunction(token.Val))
                {
                    throw Error($"function {GoQuoting.Quote(token.Val)} not defined");
                }

                return new IdentifierNode(token.Pos, _source, token.Val);
            case TokenKind.Dot:
                return new DotNode(token.Pos, _source);
            case TokenKind.Nil:
                return new NilNode(token.Pos, _source);
            case TokenKind.Variable:
                return UseVar(token.Pos, token.Val);
            case TokenKind.Field:
                return new FieldNode(token.Pos, _source, token.Val[1..].Split('.'));
            case TokenKind.Bool:
                return new BoolNode(token.Pos, _source, token.Val == "true");
            case TokenKind.CharConstant or TokenKind.Complex or TokenKind.Number:
                return Number(token);
            case TokenKind.LeftParen:
                return Pipeline("parenthesized pipeline", TokenKind.RightParen);
            case TokenKind.String or TokenKind.RawString:
                var s = GoQuoting.Unquote(token.Val) ?? throw Error("invalid syntax");
                return new StringNode(token.Pos, _source, token.Val, s);
        }

        Backup();
        return null;
    }

    private VariableNode UseVar(int pos, string name)
    {
        var v = new VariableNode(pos, _source, name.Split('.'));
        if (_vars.Contains(v.Ident[0]))
        {
            return v;
        }

        throw Error($"undefined variable {GoQuoting.Quote(v.Ident[0])}");
    }

    private NumberNode Number(Token token)
    {
        var text = token.Val;
        var n = new NumberNode(token.Pos, _source, text);
        if (token.Kind == TokenKind.CharConstant)
        {
            if (!GoQuoting.UnquoteChar(text[1..], '\'', out var r, out _, out var tail))
            {
                throw Error("invalid syntax");
            }

            if (tail != "'")
            {
                throw Error($"malformed character constant: {text}");
            }

            n.Int64 = r;
            n.IsInt = true;
            n.Uint64 = (ulong)r;
            n.IsUint = true;
            n.Float64 = r;
            n.IsFloat = true;
            return n;
        }

        if (token.Kind == TokenKind.Complex)
        {
            if (!GoNumbers.TryParseComplex(text, out var c))
            {
                throw Error("expected integer");
            }

            n.IsComplex = true;
            n.Complex128 = c;
            n.SimplifyComplex();
            return n;
        }

        if (text.EndsWith('i') && GoNumbers.TryParseFloat(text[..^1], out var im))
        {
            n.IsComplex = true;
            n.Complex128 = new System.Numerics.Complex(0, im);
            n.SimplifyComplex();
            return n;
        }

        var uok = GoNumbers.TryParseUint(text, out var u);
        if (uok)
        {
            n.IsUint = true;
            n.Uint64 = u;
        }

        if (GoNumbers.TryParseInt(text, out var i))
        {
            n.IsInt = true;
            n.Int64 = i;
            if (i == 0)
            {
                n.IsUint = true;
                n.Uint64 = u;
            }
        }

        if (n.IsInt)
        {
            n.IsFloat = true;
            n.Float64 = n.Int64;
        }
        else if (n.IsUint)
        {
            n.IsFloat = true;
            n.Float64 = n.Uint64;
        }
        else if (GoNumbers.TryParseFloat(text, out var f))
        {
            if (text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) < 0)
            {
                throw Error($"integer overflow: {GoQuoting.Quote(text)}");
            }

            n.IsFloat = true;
            n.Float64 = f;
            if (GoNumbers.FloatIsInt64(f, out var fi))
            {
                n.IsInt = true;
                n.Int64 = fi;
            }

            if (GoNumbers.FloatIsUint64(f, out var fu))
            {
                n.IsUint = true;
                n.Uint64 = fu;
            }
        }

        if (!n.IsInt && !n.IsUint && !n.IsFloat)
        {
            throw Error($"illegal number syntax: {GoQuoting.Quote(text)}");
        }

        return n;
    }
}
