using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary><c>$x</c> or <c>$x.A.B</c>.</summary>
internal sealed class VariableNode(int pos, TreeSource source, string[] ident) : Node(pos, source)
{
    public string[] Ident { get; } = ident;

    public object?[] Caches { get; } = new object?[ident.Length];

    public override void WriteTo(StringBuilder sb) => sb.AppendJoin('.', Ident);

    public override Node Copy() => new VariableNode(Pos, Source, Ident);
}
