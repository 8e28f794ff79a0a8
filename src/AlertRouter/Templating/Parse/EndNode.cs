using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>Parser-only marker for <c>{{end}}</c> and <c>{{else}}</c>; never part of a finished tree.</summary>
internal sealed class EndNode(int pos, TreeSource source, bool isElse, int line) : Node(pos, source)
{
    public bool IsElse { get; } = isElse;

    public int Line { get; } = line;

    public override void WriteTo(StringBuilder sb) => sb.Append(IsElse ? "{{else}}" : "{{end}}");

    public override Node Copy() => this;
}
