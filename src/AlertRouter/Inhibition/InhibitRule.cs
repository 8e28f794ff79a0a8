using AlertRouter.Model;
using AlertRouter.Routing;

namespace AlertRouter.Inhibition;

/// <summary>
/// A compiled <c>inhibit_rules</c> entry: legacy and new matchers of each side AND-ed (an empty side matches every
/// alert), and the <c>equal</c> label names, where a missing label counts as "".
/// </summary>
public sealed record InhibitRule(int Index, string? Name, Matchers SourceMatchers, Matchers TargetMatchers, IReadOnlyList<string> Equal)
{
    /// <summary>Where the rule was defined (<c>file:line:col</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The rule's name, or <c>inhibit_rules[i]</c> when it has none.</summary>
    public string DisplayName => Name ?? $"inhibit_rules[{Index}]";

    /// <summary>True when every <c>equal</c> label has the same value ("" if absent) in both sets.</summary>
    public bool HasEqual(LabelSet source, LabelSet target)
    {
        foreach (var name in Equal)
        {
            if (!string.Equals(source.Get(name), target.Get(name), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
