namespace AlertRouter.Templating.Parse;

/// <summary>One named template: its root list and the source it was parsed from.</summary>
internal sealed class ParsedTree(string name, TreeSource source, ListNode root)
{
    public string Name { get; } = name;

    public TreeSource Source { get; } = source;

    public ListNode Root { get; } = root;

    /// <summary>Go's parse.IsEmptyTree: nothing but white-space text.</summary>
    public bool IsEmpty => IsEmptyList(Root);

    private static bool IsEmptyList(ListNode list)
    {
        foreach (var n in list.Nodes)
        {
            if (n is not TextNode t || !string.IsNullOrWhiteSpace(t.Text) || !IsGoSpaceOnly(t.Text))
            {
                return false;
            }
        }

        return true;
    }

    // Go's bytes.TrimSpace trims Unicode white space; .NET's IsWhiteSpace agrees except for a few separators.
    private static bool IsGoSpaceOnly(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u0085' && c != '\u00A0')
            {
                return false;
            }
        }

        return true;
    }
}
