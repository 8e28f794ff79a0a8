using System.Text;
using AlertRouter.Model;

namespace AlertRouter.Routing;

/// <summary>
/// Draws route trees as amtool does (treeprint): a <c>.</c> line, then <c>├── </c>/<c>└── </c> branches indented by
/// <c>│   </c> or four spaces. Debian's amtool prints U+00A0 in the <c>│</c> indent; we print ASCII spaces.
/// </summary>
public static class RouteTreePrinter
{
    /// <summary><c>amtool config routes show</c>: every node, with <c>continue: true</c> and its receiver.</summary>
    public static string Show(Route root)
    {
        var sb = new StringBuilder(".\n");
        Append(sb, root, "", last: true, node => Slug(node, showContinue: true, showReceiver: true), _ => true);
        return sb.ToString();
    }

    /// <summary>
    /// <c>amtool config routes test --tree</c>: only the nodes the walk visits; only the final nodes show a receiver.
    /// </summary>
    public static string Matching(Route root, LabelSet labels)
    {
        var sb = new StringBuilder(".\n");
        AppendMatching(sb, root, labels, "", last: true);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Route node, string indent, bool last, Func<Route, string> slug, Func<Route, bool> include)
    {
        sb.Append(indent).Append(last ? "└── " : "├── ").Append(slug(node)).Append('\n');
        var children = node.Children.Where(include).ToList();
        for (var i = 0; i < children.Count; i++)
        {
            Append(sb, children[i], indent + (last ? "    " : "│   "), i == children.Count - 1, slug, include);
        }
    }

    private static void AppendMatching(StringBuilder sb, Route node, LabelSet labels, string indent, bool last)
    {
        var visited = new List<Route>();
        foreach (var child in node.Children)
        {
            if (child.Matchers.Matches(labels))
            {
                visited.Add(child);
                if (!child.Continue)
                {
                    break;
                }
            }
        }

        var slug = Slug(node, showContinue: false, showReceiver: visited.Count == 0);
        sb.Append(indent).Append(last ? "└── " : "├── ").Append(slug).Append('\n');
        for (var i = 0; i < visited.Count; i++)
        {
            AppendMatching(sb, visited[i], labels, indent + (last ? "    " : "│   "), i == visited.Count - 1);
        }
    }

    private static string Slug(Route node, bool showContinue, bool showReceiver)
    {
        var sb = new StringBuilder(node.Matchers.Count == 0 ? "default-route" : node.Matchers.ToString());
        if (node.Continue && showContinue)
        {
            sb.Append("  continue: true");
        }

        if (showReceiver)
        {
            sb.Append("  receiver: ").Append(node.Options.Receiver);
        }

        return sb.ToString();
    }
}
