using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Html;

/// <summary>html/template's Error, printed as Go prints it (<c>html/template:NAME:LINE:COL: ...</c>).</summary>
internal sealed class HtmlError(Node? node, int line, string description)
{
    public Node? Node { get; set; } = node;

    public int Line { get; set; } = line;

    public string Description { get; set; } = description;

    public string Name { get; set; } = "";

    public override string ToString()
    {
        if (Node is not null)
        {
            return $"html/template:{Node.Source.Location(Node.Pos)}: {Description}";
        }

        if (Line != 0)
        {
            return $"html/template:{Name}:{Line}: {Description}";
        }

        return Name.Length > 0 ? $"html/template:{Name}: {Description}" : "html/template: " + Description;
    }
}
