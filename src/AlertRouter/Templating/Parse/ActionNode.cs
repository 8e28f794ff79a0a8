using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A non-control action such as <c>{{ .X | printf "%s" }}</c>.</summary>
internal sealed class ActionNode(int pos, TreeSource source, int line, PipeNode pipe) : Node(pos, source)
{
    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{");
        Pipe.WriteTo(sb);
        sb.Append("}}");
    }

    public override Node Copy() => new ActionNode(Pos, Source, Line, (PipeNode)Pipe.Copy());
}
