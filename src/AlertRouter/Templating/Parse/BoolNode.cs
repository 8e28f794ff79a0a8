using System.Text;

namespace AlertRouter.Templating.Parse;

internal sealed class BoolNode(int pos, TreeSource source, bool value) : Node(pos, source)
{
    public bool True { get; } = value;

    public override void WriteTo(StringBuilder sb) => sb.Append(True ? "true" : "false");

    public override Node Copy() => this;
}
