using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A function name.</summary>
internal sealed class IdentifierNode(int pos, TreeSource source, string ident) : Node(pos, source)
{
    public string Ident { get; } = ident;

    /// <summary>The resolved function, cached by the executor.</summary>
    public object? Cache { get; set; }

    public override void WriteTo(StringBuilder sb) => sb.Append(Ident);

    public override Node Copy() => new IdentifierNode(Pos, Source, Ident);
}
