using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>One stage of a pipeline: a function/field/value and its arguments.</summary>
internal sealed class CommandNode(int pos, TreeSource source) : Node(pos, source)
{
    public List<Node> Args { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            if (Args[i] is PipeNode p)
            {
                sb.Append('(');
                p.WriteTo(sb);
                sb.Append(')');
                continue;
            }

            Args[i].WriteTo(sb);
        }
    }

    public override Node Copy()
    {
        var c = new CommandNode(Pos, Source);
        foreach (var a in Args)
        {
            c.Args.Add(a.Copy());
        }

        return c;
    }
}
