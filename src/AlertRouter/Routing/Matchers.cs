using System.Collections;
using System.Text;
using AlertRouter.Model;

namespace AlertRouter.Routing;

/// <summary>
/// An AND-ed list of matchers. Route and inhibition matchers are kept sorted by (name, value, type) as Alertmanager
/// sorts them, which is what makes route keys byte-identical.
/// </summary>
public sealed class Matchers : IReadOnlyList<Matcher>
{
    public static readonly Matchers Empty = new([]);

    private readonly Matcher[] _items;

    // The same matchers, cheapest first: AND does not care about order, and equality fails faster than a regex.
    private readonly Matcher[] _evaluationOrder;

    private Matchers(Matcher[] items)
    {
        _items = items;
        _evaluationOrder = [.. items.OrderBy(m => m.Cost)];
    }

    public int Count => _items.Length;

    public Matcher this[int index] => _items[index];

    /// <summary>Keeps the given order (for lists parsed from API filters).</summary>
    public static Matchers Of(IEnumerable<Matcher> matchers) => new([.. matchers]);

    /// <summary>Sorts by name, then value, then type (<c>= != =~ !~</c>), comparing strings as Go does.</summary>
    public static Matchers Sorted(IEnumerable<Matcher> matchers)
    {
        var items = matchers.ToArray();
        Array.Sort(items, static (a, b) =>
        {
            var c = MatcherSyntax.CompareUtf8(a.Name, b.Name);
            if (c == 0)
            {
                c = MatcherSyntax.CompareUtf8(a.Value, b.Value);
            }

            return c != 0 ? c : a.Type.CompareTo(b.Type);
        });
        return items.Length == 0 ? Empty : new Matchers(items);
    }

    public bool Matches(LabelSet labels)
    {
        foreach (var matcher in _evaluationOrder)
        {
            if (!matcher.Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    internal bool Matches(LabelLookup lookup)
    {
        foreach (var matcher in _evaluationOrder)
        {
            if (!matcher.Matches(lookup))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>{a="1",b=~"x"}</c>: matchers joined by commas without spaces; <c>{}</c> when empty.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            _items[i].AppendTo(sb);
        }

        return sb.Append('}').ToString();
    }

    public IEnumerator<Matcher> GetEnumerator() => ((IEnumerable<Matcher>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
