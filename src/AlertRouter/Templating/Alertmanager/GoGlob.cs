namespace AlertRouter.Templating.Alertmanager;

/// <summary>Go's filepath.Glob: <c>*</c>, <c>?</c>, <c>[...]</c> and <c>\</c> escapes per path element; sorted results.</summary>
internal static class GoGlob
{
    public static IReadOnlyList<string> Expand(string pattern)
    {
        if (!HasMeta(pattern))
        {
            return File.Exists(pattern) || Directory.Exists(pattern) ? [pattern] : [];
        }

        var dir = Path.GetDirectoryName(pattern) ?? "";
        var file = Path.GetFileName(pattern);
        var dirs = HasMeta(dir) ? Expand(dir).Where(Directory.Exists).ToList() : [dir.Length == 0 ? "." : dir];
        var results = new List<string>();
        foreach (var d in dirs)
        {
            if (!Directory.Exists(d))
            {
                continue;
            }

            var names = Directory.EnumerateFileSystemEntries(d).Select(Path.GetFileName).OfType<string>()
                .Where(n => Match(file, n)).Order(StringComparer.Ordinal);
            results.AddRange(names.Select(n => dir.Length == 0 ? n : Path.Combine(d, n)));
        }

        return results;
    }

    private static bool HasMeta(string s) => s.AsSpan().IndexOfAny(@"*?[\") >= 0;

    /// <summary>Go's path.Match for one element (no separators).</summary>
    public static bool Match(string pattern, string name) => MatchAt(pattern, 0, name, 0);

    private static bool MatchAt(string p, int pi, string s, int si)
    {
        while (pi < p.Length)
        {
            switch (p[pi])
            {
                case '*':
                    pi++;
                    for (var k = si; k <= s.Length; k++)
                    {
                        if (MatchAt(p, pi, s, k))
                        {
                            return true;
                        }

                        if (k < s.Length && s[k] == '/')
                        {
                            return false;
                        }
                    }

                    return false;
                case '?':
                    if (si >= s.Length || s[si] == '/')
                    {
                        return false;
                    }

                    pi++;
                    si++;
                    break;
                case '[':
                    if (si >= s.Length || !MatchClass(p, ref pi, s[si]))
                    {
                        return false;
                    }

                    si++;
                    break;
                case '\\' when pi + 1 < p.Length:
                    if (si >= s.Length || s[si] != p[pi + 1])
                    {
                        return false;
                    }

                    pi += 2;
                    si++;
                    break;
                default:
                    if (si >= s.Length || s[si] != p[pi])
                    {
                        return false;
                    }

                    pi++;
                    si++;
                    break;
            }
        }

        return si == s.Length;
    }

    private static bool MatchClass(string p, ref int pi, char c)
    {
        pi++;
        var negate = pi < p.Length && p[pi] == '^';
        if (negate)
        {
            pi++;
        }

        var matched = false;
        var first = true;
        while (pi < p.Length && (first || p[pi] != ']'))
        {
            first = false;
            var lo = p[pi] == '\\' && pi + 1 < p.Length ? p[++pi] : p[pi];
            pi++;
            var hi = lo;
            if (pi + 1 < p.Length && p[pi] == '-' && p[pi + 1] != ']')
            {
                hi = p[pi + 1] == '\\' && pi + 2 < p.Length ? p[pi + 2] : p[pi + 1];
                pi += p[pi + 1] == '\\' ? 3 : 2;
            }

            matched |= c >= lo && c <= hi;
        }

        pi++;
        return matched != negate;
    }
}
