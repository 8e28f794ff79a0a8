using AlertRouter.Re2;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// A slow, obviously correct matcher for parsed RE2 trees, written from Go's documented semantics rather than from
/// the emitter: the set of positions each node can reach, over the subject's code points, with ASCII word boundaries.
/// Used as the oracle for the regex engine; gives up (null) on long subjects or too much work.
/// </summary>
internal sealed class Re2Reference
{
    private const int MaxRunes = 64;
    private const int Budget = 2_000_000;

    private readonly int[] _runes;
    private int _work;

    private Re2Reference(int[] runes) => _runes = runes;

    private bool Exhausted => _work > Budget;

    /// <summary>
    /// Whether the tree matches somewhere in <paramref name="subject"/> (Go's MatchString searches; the wrapping
    /// <c>^(?:…)$</c> anchors it unless the expression closes that group itself, as <c>a)|(b</c> does), or null when the
    /// reference gave up.
    /// </summary>
    public static bool? IsMatch(Re2Node tree, string subject)
    {
        var runes = subject.EnumerateRunes().Select(r => r.Value).ToArray();
        if (runes.Length > MaxRunes)
        {
            return null;
        }

        var reference = new Re2Reference(runes);
        var start = Enumerable.Repeat(true, runes.Length + 1).ToArray();
        var ends = reference.Reach(tree, start);
        return reference.Exhausted ? null : ends.Contains(true);
    }

    private bool[] Reach(Re2Node node, bool[] from)
    {
        _work += from.Length;
        if (Exhausted)
        {
            return from;
        }

        var n = _runes.Length;
        return node.Kind switch
        {
            Re2NodeKind.EmptyMatch => from,
            Re2NodeKind.Literal => Advance(from, r => r == node.Rune),
            Re2NodeKind.CharClass => Advance(from, node.Ranges!.Contains),
            Re2NodeKind.AnyCharNotNewline => Advance(from, r => r != '\n'),
            Re2NodeKind.AnyChar => Advance(from, _ => true),
            Re2NodeKind.BeginLine => Keep(from, p => p == 0 || _runes[p - 1] == '\n'),
            Re2NodeKind.EndLine => Keep(from, p => p == n || _runes[p] == '\n'),
            Re2NodeKind.BeginText => Keep(from, p => p == 0),
            Re2NodeKind.EndText => Keep(from, p => p == n),
            Re2NodeKind.WordBoundary => Keep(from, p => IsWord(p - 1) != IsWord(p)),
            Re2NodeKind.NoWordBoundary => Keep(from, p => IsWord(p - 1) == IsWord(p)),
            Re2NodeKind.Concat => node.Subs.Aggregate(from, (at, sub) => Reach(sub, at)),
            Re2NodeKind.Alternate => node.Subs.Select(sub => Reach(sub, from)).Aggregate(new bool[n + 1], Union),
            Re2NodeKind.Repeat => Repeat(node, from),
            _ => throw new InvalidOperationException($"{node.Kind} in a parsed tree"),
        };
    }

    private bool[] Repeat(Re2Node node, bool[] from)
    {
        var current = from;
        for (var i = 0; i < node.Min; i++)
        {
            current = Reach(node.Subs[0], current);
        }

        var reached = (bool[])current.Clone();
        for (var i = node.Min; (node.Max < 0 || i < node.Max) && current.Contains(true) && !Exhausted; i++)
        {
            var next = Reach(node.Subs[0], current);
            if (node.Max < 0)
            {
                // Unbounded: only positions not reached before can lead anywhere new.
                current = next.Select((b, p) => b && !reached[p]).ToArray();
            }
            else if (next.SequenceEqual(current))
            {
                break; // a fixed point: further iterations reach the same positions
            }
            else
            {
                current = next;
            }

            Union(reached, next);
        }

        return reached;
    }

    private bool[] Advance(bool[] from, Func<int, bool> accepts)
    {
        var to = new bool[from.Length];
        for (var p = 0; p < _runes.Length; p++)
        {
            to[p + 1] = from[p] && accepts(_runes[p]);
        }

        return to;
    }

    private static bool[] Keep(bool[] from, Func<int, bool> holds) => from.Select((b, p) => b && holds(p)).ToArray();

    private static bool[] Union(bool[] into, bool[] other)
    {
        for (var p = 0; p < into.Length; p++)
        {
            into[p] |= other[p];
        }

        return into;
    }

    // Go's \b is ASCII: [0-9A-Za-z_].
    private bool IsWord(int p) => p >= 0 && p < _runes.Length && _runes[p] < 128 && (char.IsAsciiLetterOrDigit((char)_runes[p]) || _runes[p] == '_');
}
