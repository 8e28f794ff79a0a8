using System.Text;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Parse;

/// <summary><c>{{template "name" pipeline}}</c>; html/template renames the target to a context-specific copy.</summary>
internal sealed class TemplateNode(int pos, TreeSource source, int line, string name, PipeNode? pipe) : Node(pos, source)
{
    public int Line { get; } = line;

    public string Name { get; set; } = name;

    public PipeNode? Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("{{template ");
        GoQuoting.Quote(sb, Name, asciiOnly: false);
        if (Pipe is not null)
        {
            sb.Append(' ');
            Pipe.WriteTo(sb);
        }

        sb.Append("}}");
    }

    public override Node Copy() => new TemplateNode(Pos, Source, Line, Name, (PipeNode?)Pipe?.Copy());
}
