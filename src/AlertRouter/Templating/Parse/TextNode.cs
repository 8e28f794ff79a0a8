using System.Text;

namespace AlertRouter.Templating.Parse;

internal sealed class TextNode(int pos, TreeSource source, string text) : Node(pos, source)
{
    public string Text { get; set; } = text;

    public override void WriteTo(StringBuilder sb) => sb.Append(Text);

    public override Node Copy() => new TextNode(Pos, Source, Text);
}
