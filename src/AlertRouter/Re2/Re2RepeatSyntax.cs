namespace AlertRouter.Re2;

/// <summary>Counted repetition <c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c> of Go RE2 syntax, and its nesting limit.</summary>
internal static class Re2RepeatSyntax
{
    public static bool RepeatIsValid(Re2Node node, int n)
    {
        if (node.Kind == Re2NodeKind.Repeat)
        {
            var m = node.Max;
            if (m == 0)
            {
                return true;
            }

            if (m < 0)
            {
                m = node.Min;
            }

            if (m > n)
            {
                return false;
            }

            if (m > 0)
            {
                n /= m;
            }
        }

        return node.Subs.All(sub => RepeatIsValid(sub, n));
    }

    public static bool TryParseRepeat(string s, int start, out int min, out int max, out int after)
    {
        min = max = 0;
        after = start + 1;
        if (!TryParseInt(s, ref after, out min) || after >= s.Length)
        {
            return false;
        }

        if (s[after] != ',')
        {
            max = min;
        }
        else
        {
            after++;
            if (after >= s.Length)
            {
                return false;
            }

            if (s[after] == '}')
            {
                max = -1;
            }
            else if (!TryParseInt(s, ref after, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (after >= s.Length || s[after] != '}')
        {
            return false;
        }

        after++;
        return true;
    }

    // Decimal without leading zeros; -1 when too large, as in Go.
    private static bool TryParseInt(string s, ref int i, out int value)
    {
        value = 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i]) || (s[i] == '0' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))
        {
            return false;
        }

        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            value = value >= 100_000_000 || value < 0 ? -1 : (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
