namespace AlertRouter.Routing;

/// <summary>Character rules shared by the matcher parsers and printers.</summary>
internal static class MatcherSyntax
{
    /// <summary>Reserved in unquoted UTF-8 matcher tokens: whitespace and <c>{}!=~,\"'`</c>.</summary>
    public static bool IsReserved(char c) => char.IsWhiteSpace(c) || "{}!=~,\\\"'`".Contains(c, StringComparison.Ordinal);

    /// <summary>Prometheus's classic label name: <c>[a-zA-Z_][a-zA-Z0-9_]*</c>.</summary>
    public static bool IsClassicLabelName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares as Go compares strings (UTF-8 byte order, i.e. code-point order).</summary>
    public static int CompareUtf8(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            // Surrogates (astral code points) sort after every other BMP unit in code-point order.
            var xs = char.IsSurrogate(x);
            var ys = char.IsSurrogate(y);
            if (xs != ys)
            {
                return xs ? 1 : -1;
            }

            return x < y ? -1 : 1;
        }

        return a.Length.CompareTo(b.Length);
    }
}
