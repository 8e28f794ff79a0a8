using System.Text;

namespace AlertRouter.Templating.Parse;

internal sealed class NilNode(int pos, TreeSource source) : Node(pos, source)
{
    public override void WriteTo(StringBuilder sb) => sb.Append("nil");

    public override Node Copy() => this;
}
