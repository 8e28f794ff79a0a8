using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A pipeline with optional variable declarations (<c>$x :=</c>, <c>$x =</c>, <c>$i, $v :=</c>).</summary>
internal sealed class PipeNode(int pos, TreeSource source, int line) : Node(pos, source)
{
    public int Line { get; } = line;

    public bool IsAssign { get; set; }

    public List<VariableNode> Decl { get; } = [];

    public List<CommandNode> Cmds { get; } = [];

    public override void WriteTo(StringBuilder sb)
    {
        if (Decl.Count > 0)
        {
            for (var i = 0; i < Decl.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                Decl[i].WriteTo(sb);
            }

            sb.Append(" := ");
        }

        for (var i = 0; i < Cmds.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(" | ");
            }

            Cmds[i].WriteTo(sb);
        }
    }

    public override Node Copy()
    {
        var p = new PipeNode(Pos, Source, Line) { IsAssign = IsAssign };
        foreach (var d in Decl)
        {
            p.Decl.Add((VariableNode)d.Copy());
        }

        foreach (var c in Cmds)
        {
            p.Cmds.Add((CommandNode)c.Copy());
        }

        return p;
    }
}
