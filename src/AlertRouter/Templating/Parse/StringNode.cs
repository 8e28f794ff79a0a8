using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A string constant: the source spelling and the unquoted value.</summary>
internal sealed class StringNode(int pos, TreeSource source, string quoted, string text) : Node(pos, source)
{
    public string Quoted { get; } = quoted;

    public string Text { get; } = text;

    public override void WriteTo(StringBuilder sb) => sb.Append(Quoted);

    public override Node Copy() => this;
}
