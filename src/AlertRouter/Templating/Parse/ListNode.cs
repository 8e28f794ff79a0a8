using System.Text;

namespace AlertRouter.Templating.Parse;

internal sealed class ListNode(int pos, TreeSource source) : Node(pos, source)
{
    public List<Node> Nodes { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        foreach (var n in Nodes)
        {
            n.WriteTo(sb);
        }
    }

    public override Node Copy() => CopyList();

    public ListNode CopyList()
    {
        var l = new ListNode(Pos, Source);
        foreach (var n in Nodes)
        {
            l.Nodes.Add(n.Copy());
        }

        return l;
    }
}
