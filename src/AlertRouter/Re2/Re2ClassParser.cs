namespace AlertRouter.Re2;

/// <summary>Character classes, escapes and Perl/POSIX/Unicode class names of Go RE2 syntax.</summary>
internal static class Re2ClassParser
{
    public static int RuneAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }

        width = 1;
        return s[i];
    }

    public static Re2Node LiteralNode(int rune, Re2Flags flags)
    {
        if (flags.HasFlag(Re2Flags.FoldCase))
        {
            var ranges = new List<(int, int)>();
            CaseFolding.AddFolded(ranges, rune, rune);
            var folded = RuneRanges.Clean(ranges);
            if (!folded.IsSingleRune)
            {
                return new Re2Node(Re2NodeKind.CharClass) { Ranges = folded };
            }
        }

        return new Re2Node(Re2NodeKind.Literal) { Rune = rune };
    }

    public static Re2Node ClassNode(RuneRanges ranges, Re2Flags flags)
    {
        if (!flags.HasFlag(Re2Flags.FoldCase))
        {
            return new Re2Node(Re2NodeKind.CharClass) { Ranges = ranges };
        }

        var folded = new List<(int, int)>();
        foreach (var (lo, hi) in ranges.Pairs())
        {
            CaseFolding.AddFolded(folded, lo, hi);
        }

        return new Re2Node(Re2NodeKind.CharClass) { Ranges = RuneRanges.Clean(folded) };
    }

    /// <summary><c>\d</c>-style Perl classes and <c>\p{…}</c> Unicode classes at <paramref name="i"/>.</summary>
    public static bool TryParseNamedOrPerlClass(string s, ref int i, Re2Flags flags, out RuneRanges ranges)
    {
        ranges = null!;
        if (i + 1 >= s.Length || s[i] != '\\')
        {
            return false;
        }

        if (s[i + 1] is 'p' or 'P')
        {
            ranges = ParseUnicodeClass(s, ref i);
            return true;
        }

        if (s[i + 1] is 'd' or 'D' or 's' or 'S' or 'w' or 'W' && PerlClasses.PerlClass(s[i + 1]) is { } perl)
        {
            // Go folds the class before negating it; \D under (?i) equals \D, so folding the result is enough.
            ranges = perl;
            i += 2;
            return true;
        }

        return false;
    }

    private static RuneRanges ParseUnicodeClass(string s, ref int i)
    {
        var start = i;
        var negated = s[i + 1] == 'P';
        if (i + 2 >= s.Length)
        {
            throw new Re2Exception(Re2ErrorCode.InvalidCharRange, s[start..]);
        }

        string name;
        string seq;
        if (s[i + 2] != '{')
        {
            RuneAt(s, i + 2, out var width);
            seq = s.Substring(i, 2 + width);
            name = seq[2..];
            i += seq.Length;
        }
        else
        {
            var end = s.IndexOf('}', i);
            if (end < 0)
            {
                throw new Re2Exception(Re2ErrorCode.InvalidCharRange, s[start..]);
            }

            seq = s[i..(end + 1)];
            name = s[(i + 3)..end];
            i = end + 1;
        }

        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        var ranges = UnicodeClasses.Lookup(name)
            ?? throw new Re2Exception(Re2ErrorCode.InvalidCharRange, seq);
        return negated ? ranges.Negate() : ranges;
    }

    public static Re2Node ParseClass(string s, ref int i, Re2Flags flags)
    {
        var whole = s[i..];
        var t = i + 1;
        var negated = false;
        if (t < s.Length && s[t] == '^')
        {
            negated = true;
            t++;
        }

        var ranges = new List<(int Lo, int Hi)>();
        var first = true;
        while (t >= s.Length || s[t] != ']' || first)
        {
            first = false;
            if (t + 2 < s.Length && s[t] == '[' && s[t + 1] == ':')
            {
                var close = s.IndexOf(":]", t + 2, StringComparison.Ordinal);
                if (close >= 0)
                {
                    var name = s[t..(close + 2)];
                    var posix = PerlClasses.PosixClass(name) ?? throw new Re2Exception(Re2ErrorCode.InvalidCharRange, name);
                    AddAll(ranges, posix, flags);
                    t = close + 2;
                    continue;
                }
            }

            if (TryParseNamedOrPerlClass(s, ref t, flags, out var named))
            {
                AddAll(ranges, named, flags);
                continue;
            }

            var rangeStart = t;
            var lo = ParseClassChar(s, ref t, whole);
            var hi = lo;
            if (t + 1 < s.Length && s[t] == '-' && s[t + 1] != ']')
            {
                t++;
                hi = ParseClassChar(s, ref t, whole);
                if (hi < lo)
                {
                    throw new Re2Exception(Re2ErrorCode.InvalidCharRange, s[rangeStart..t]);
                }
            }

            if (flags.HasFlag(Re2Flags.FoldCase))
            {
                CaseFolding.AddFolded(ranges, lo, hi);
            }
            else
            {
                ranges.Add((lo, hi));
            }
        }

        i = t + 1;
        var clean = RuneRanges.Clean(ranges);
        return new Re2Node(Re2NodeKind.CharClass) { Ranges = negated ? clean.Negate() : clean };
    }

    private static void AddAll(List<(int, int)> ranges, RuneRanges add, Re2Flags flags)
    {
        foreach (var (lo, hi) in add.Pairs())
        {
            if (flags.HasFlag(Re2Flags.FoldCase))
            {
                CaseFolding.AddFolded(ranges, lo, hi);
            }
            else
            {
                ranges.Add((lo, hi));
            }
        }
    }

    private static int ParseClassChar(string s, ref int t, string wholeClass)
    {
        if (t >= s.Length)
        {
            throw new Re2Exception(Re2ErrorCode.MissingBracket, wholeClass);
        }

        if (s[t] == '\\')
        {
            return Re2Escapes.ParseEscape(s, ref t);
        }

        var rune = RuneAt(s, t, out var width);
        t += width;
        return rune;
    }
}
