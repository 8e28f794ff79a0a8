using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary><c>{{break}}</c> or <c>{{continue}}</c>.</summary>
internal sealed class LoopControlNode(int pos, TreeSource source, int line, bool isBreak) : Node(pos, source)
{
    public int Line { get; } = line;

    public bool IsBreak { get; } = isBreak;

    public override void WriteTo(StringBuilder sb) => sb.Append(IsBreak ? "{{break}}" : "{{continue}}");

    public override Node Copy() => new LoopControlNode(Pos, Source, Line, IsBreak);
}
