using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A parse-tree node; <see cref="ToString"/> prints it back as template source, as Go's nodes do.</summary>
internal abstract class Node(int pos, TreeSource source)
{
    public int Pos { get; } = pos;

    public TreeSource Source { get; } = source;

    public abstract void WriteTo(StringBuilder sb);

    /// <summary>A deep copy (html/template rewrites copies of the trees it escapes).</summary>
    public abstract Node Copy();

    public override string ToString()
    {
        var sb = new StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }
}
