namespace AlertRouter.Re2;

/// <summary>
/// A node of a parsed RE2 expression (Go's regexp/syntax shape, reduced to what matching needs). Literals are single
/// runes; character classes are cleaned code-point ranges with case folding already applied.
/// </summary>
internal sealed class Re2Node(Re2NodeKind kind)
{
    public Re2NodeKind Kind { get; } = kind;

    public int Rune { get; init; }

    public bool FoldCase { get; init; }

    public RuneRanges? Ranges { get; init; }

    public int Min { get; init; }

    /// <summary>-1 means unbounded.</summary>
    public int Max { get; init; }

    public IReadOnlyList<Re2Node> Subs { get; init; } = [];

    /// <summary>Flags in force when a <see cref="Re2NodeKind.LeftParen"/> opened, restored at its close.</summary>
    public Re2Flags SavedFlags { get; init; }

    /// <summary>Group number of a <see cref="Re2NodeKind.Capture"/> (or of the LeftParen that opens it; 0 = not capturing).</summary>
    public int Cap { get; init; }

    /// <summary>Name of a named capture group.</summary>
    public string? Name { get; init; }

    public bool IsPseudo => Kind is Re2NodeKind.LeftParen or Re2NodeKind.VerticalBar;
}
