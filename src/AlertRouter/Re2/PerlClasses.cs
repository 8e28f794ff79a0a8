namespace AlertRouter.Re2;

/// <summary>The ASCII-only Perl (<c>\d \s \w</c>) and POSIX (<c>[:alpha:]</c>) classes of Go's regexp/syntax.</summary>
internal static class PerlClasses
{
    private static readonly Dictionary<char, (int, int)[]> Perl = new()
    {
        ['d'] = [('0', '9')],
        ['s'] = [('\t', '\n'), ('\f', '\r'), (' ', ' ')],
        ['w'] = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')],
    };

    private static readonly Dictionary<string, (int, int)[]> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = [('0', '9'), ('A', 'Z'), ('a', 'z')],
        ["alpha"] = [('A', 'Z'), ('a', 'z')],
        ["ascii"] = [(0, 0x7F)],
        ["blank"] = [('\t', '\t'), (' ', ' ')],
        ["cntrl"] = [(0, 0x1F), (0x7F, 0x7F)],
        ["digit"] = [('0', '9')],
        ["graph"] = [('!', '~')],
        ["lower"] = [('a', 'z')],
        ["print"] = [(' ', '~')],
        ["punct"] = [('!', '/'), (':', '@'), ('[', '`'), ('{', '~')],
        ["space"] = [('\t', '\r'), (' ', ' ')],
        ["upper"] = [('A', 'Z')],
        ["word"] = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')],
        ["xdigit"] = [('0', '9'), ('A', 'F'), ('a', 'f')],
    };

    /// <summary><c>\d</c>, <c>\D</c>, …: the ranges, or null when <paramref name="letter"/> is not a Perl class.</summary>
    public static RuneRanges? PerlClass(char letter)
    {
        if (!Perl.TryGetValue(char.ToLowerInvariant(letter), out var ranges))
        {
            return null;
        }

        var clean = RuneRanges.Clean([.. ranges]);
        return char.IsUpper(letter) ? clean.Negate() : clean;
    }

    /// <summary><c>[:name:]</c> or <c>[:^name:]</c>; null when the name is unknown.</summary>
    public static RuneRanges? PosixClass(string bracketed)
    {
        var name = bracketed[2..^2];
        var negated = name.StartsWith('^');
        if (!Posix.TryGetValue(negated ? name[1..] : name, out var ranges))
        {
            return null;
        }

        var clean = RuneRanges.Clean([.. ranges]);
        return negated ? clean.Negate() : clean;
    }
}
