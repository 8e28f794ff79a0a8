using System.Globalization;
using System.Text;

namespace AlertRouter.Re2;

/// <summary>
/// Writes a parsed RE2 tree as a .NET pattern for <c>RegexOptions.NonBacktracking</c>: classes become explicit
/// code-point ranges (so <c>\d</c>, <c>\w</c>, <c>\s</c> stay ASCII and <c>.</c> matches a whole astral rune, as in Go),
/// <c>$</c> becomes <c>\z</c> and groups become non-capturing.
/// </summary>
/// <remarks>
/// Astral code points are surrogate-pair alternations, and NonBacktracking takes seconds to build a class such as
/// <c>\pL</c> that way (found by fuzzing). <see cref="EmitBmp"/> leaves them out, for subjects without surrogates.
/// </remarks>
internal static class Re2Emitter
{
    // Matches no UTF-16 unit: the empty class.
    private const string NoChar = @"[^\u0000-\uFFFF]";

    public static string Emit(Re2Node node) => Emit(node, bmpOnly: false);

    /// <summary>A pattern that answers like <see cref="Emit"/> for every subject without surrogates (no astral branches).</summary>
    public static string EmitBmp(Re2Node node) => Emit(node, bmpOnly: true);

    private static string Emit(Re2Node node, bool bmpOnly)
    {
        var sb = new StringBuilder();
        Append(sb, node, bmpOnly);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Re2Node node, bool bmpOnly)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.EmptyMatch:
                break;
            case Re2NodeKind.Literal:
                AppendRune(sb, node.Rune, bmpOnly);
                break;
            case Re2NodeKind.CharClass:
                AppendClass(sb, node.Ranges!, bmpOnly);
                break;
            case Re2NodeKind.AnyCharNotNewline:
                AppendClass(sb, RuneRanges.Clean([(0, '\n' - 1), ('\n' + 1, RuneRanges.MaxRune)]), bmpOnly);
                break;
            case Re2NodeKind.AnyChar:
                AppendClass(sb, RuneRanges.Clean([(0, RuneRanges.MaxRune)]), bmpOnly);
                break;
            case Re2NodeKind.BeginLine:
                sb.Append("(?m:^)");
                break;
            case Re2NodeKind.EndLine:
                sb.Append("(?m:$)");
                break;
            case Re2NodeKind.BeginText:
                sb.Append(@"\A");
                break;
            case Re2NodeKind.EndText:
                sb.Append(@"\z");
                break;
            case Re2NodeKind.WordBoundary:
                sb.Append(@"\b");
                break;
            case Re2NodeKind.NoWordBoundary:
                sb.Append(@"\B");
                break;
            case Re2NodeKind.Repeat:
                sb.Append("(?:");
                Append(sb, node.Subs[0], bmpOnly);
                sb.Append(')').Append(Quantifier(node.Min, node.Max));
                break;
            case Re2NodeKind.Concat:
                foreach (var sub in node.Subs)
                {
                    Append(sb, sub, bmpOnly);
                }

                break;
            case Re2NodeKind.Capture:
                // Explicitly numbered groups capture even under RegexOptions.ExplicitCapture.
                sb.Append("(?<").Append(node.Cap.ToString(CultureInfo.InvariantCulture)).Append('>');
                Append(sb, node.Subs[0], bmpOnly);
                sb.Append(')');
                break;
            case Re2NodeKind.Alternate:
                sb.Append("(?:");
                for (var i = 0; i < node.Subs.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }

                    Append(sb, node.Subs[i], bmpOnly);
                }

                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException($"unexpected {node.Kind} in a parsed expression");
        }
    }

    private static string Quantifier(int min, int max) => (min, max) switch
    {
        (0, -1) => "*",
        (1, -1) => "+",
        (0, 1) => "?",
        (_, -1) => $"{{{min},}}",
        _ when min == max => $"{{{min}}}",
        _ => $"{{{min},{max}}}",
    };

    private static void AppendRune(StringBuilder sb, int rune, bool bmpOnly)
    {
        if (rune > 0xFFFF && bmpOnly)
        {
            sb.Append(NoChar);
            return;
        }

        if (rune > 0xFFFF)
        {
            var s = char.ConvertFromUtf32(rune);
            sb.Append("(?:");
            AppendUnit(sb, s[0]);
            AppendUnit(sb, s[1]);
            sb.Append(')');
            return;
        }

        AppendUnit(sb, (char)rune);
    }

    private static void AppendUnit(StringBuilder sb, char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            sb.Append(c);
        }
        else
        {
            sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    private static void AppendClass(StringBuilder sb, RuneRanges ranges, bool bmpOnly)
    {
        var bmp = new StringBuilder();
        foreach (var (lo, hi) in ranges.Pairs())
        {
            AppendBmp(bmp, lo, Math.Min(hi, 0xD7FF));
            AppendBmp(bmp, Math.Max(lo, 0xE000), Math.Min(hi, 0xFFFF));
        }

        var astral = bmpOnly ? [] : AstralBranches(ranges);
        var parts = new List<string>();
        if (bmp.Length > 0)
        {
            parts.Add("[" + bmp + "]");
        }

        parts.AddRange(astral);
        sb.Append(parts.Count switch
        {
            0 => NoChar,
            1 when astral.Count == 0 => parts[0],
            _ => "(?:" + string.Join('|', parts) + ")",
        });
    }

    // Astral code points as surrogate pairs: one branch per distinct set of low surrogates, so \pL is 38 branches
    // rather than 317 (NonBacktracking's build time and its 10,000-node limit grow with the branches).
    private static List<string> AstralBranches(RuneRanges ranges)
    {
        var lows = new SortedDictionary<int, List<(int Lo, int Hi)>>();
        foreach (var (lo, hi) in ranges.Pairs().Where(p => p.Hi >= 0x10000))
        {
            var (hsLo, lsLo) = Split(Math.Max(lo, 0x10000));
            var (hsHi, lsHi) = Split(hi);
            for (var hs = hsLo; hs <= hsHi; hs++)
            {
                if (!lows.TryGetValue(hs, out var list))
                {
                    lows[hs] = list = [];
                }

                list.Add((hs == hsLo ? lsLo : 0xDC00, hs == hsHi ? lsHi : 0xDFFF));
            }
        }

        return lows.GroupBy(kv => Class(kv.Value), kv => kv.Key)
            .Select(g => Class(g.Aggregate(new List<(int Lo, int Hi)>(), (runs, hs) =>
            {
                if (runs.Count > 0 && runs[^1].Hi == hs - 1)
                {
                    runs[^1] = (runs[^1].Lo, hs);
                }
                else
                {
                    runs.Add((hs, hs));
                }

                return runs;
            })) + g.Key)
            .ToList();
    }

    private static string Class(List<(int Lo, int Hi)> ranges)
    {
        var sb = new StringBuilder("[");
        foreach (var (lo, hi) in ranges)
        {
            AppendBmp(sb, lo, hi);
        }

        return sb.Append(']').ToString();
    }

    private static void AppendBmp(StringBuilder sb, int lo, int hi)
    {
        if (lo > hi)
        {
            return;
        }

        AppendUnit(sb, (char)lo);
        if (hi > lo)
        {
            sb.Append('-');
            AppendUnit(sb, (char)hi);
        }
    }

    private static (int High, int Low) Split(int rune) => (0xD800 + ((rune - 0x10000) >> 10), 0xDC00 + ((rune - 0x10000) & 0x3FF));
}
