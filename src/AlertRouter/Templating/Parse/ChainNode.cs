using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A term followed by fields: <c>(pipeline).A.B</c>.</summary>
internal sealed class ChainNode(int pos, TreeSource source, Node node) : Node(pos, source)
{
    public Node Target { get; } = node;

    public List<string> Field { get; } = [];

    public object?[] Caches { get; private set; } = [];

    public void Add(string field)
    {
        // The lexer gives ".X"; a chain may also receive "X" when built by hand.
        Field.Add(field.StartsWith('.') ? field[1..] : field);
        Caches = new object?[Field.Count];
    }

    public override void WriteTo(StringBuilder sb)
    {
        if (Target is PipeNode p)
        {
            sb.Append('(');
            p.WriteTo(sb);
            sb.Append(')');
        }
        else
        {
            Target.WriteTo(sb);
        }

        foreach (var f in Field)
        {
            sb.Append('.').Append(f);
        }
    }

    public override Node Copy()
    {
        var c = new ChainNode(Pos, Source, Target.Copy());
        foreach (var f in Field)
        {
            c.Add(f);
        }

        return c;
    }
}
