using System.Text;

namespace AlertRouter.Templating.Parse;

internal sealed class DotNode(int pos, TreeSource source) : Node(pos, source)
{
    public override void WriteTo(StringBuilder sb) => sb.Append('.');

    public override Node Copy() => this;
}
