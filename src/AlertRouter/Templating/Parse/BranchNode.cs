using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>An <c>if</c>, <c>range</c> or <c>with</c> with its list and optional else list.</summary>
internal sealed class BranchNode(int pos, TreeSource source, BranchKind kind, int line, PipeNode pipe, ListNode list, ListNode? elseList)
    : Node(pos, source)
{
    public BranchKind Kind { get; } = kind;

    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{").Append(Kind switch { BranchKind.If => "if", BranchKind.Range => "range", _ => "with" }).Append(' ');
        Pipe.WriteTo(sb);
        sb.Append("}}");
        List.WriteTo(sb);
        if (ElseList is not null)
        {
            sb.Append("{{else}}");
            ElseList.WriteTo(sb);
        }

        sb.Append("{{end}}");
    }

    public override Node Copy() =>
        new BranchNode(Pos, Source, Kind, Line, (PipeNode)Pipe.Copy(), List.CopyList(), ElseList?.CopyList());
}
