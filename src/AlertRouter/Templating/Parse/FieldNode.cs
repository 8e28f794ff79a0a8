using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary><c>.A.B.C</c>: a field chain on dot.</summary>
internal sealed class FieldNode(int pos, TreeSource source, string[] ident) : Node(pos, source)
{
    public string[] Ident { get; } = ident;

    /// <summary>Per-segment accessor caches filled by the executor (one resolution per receiver type).</summary>
    public object?[] Caches { get; } = new object?[ident.Length];

    public override void WriteTo(StringBuilder sb)
    {
        foreach (var id in Ident)
        {
            sb.Append('.').Append(id);
        }
    }

    public override Node Copy() => new FieldNode(Pos, Source, Ident);
}
