using AlertRouter.Model;

namespace AlertRouter.Inhibition;

/// <summary>
/// The source alerts of every rule at one instant: alerts matching the rule's source side that are not resolved
/// at that time. Build it once per flush with <see cref="Inhibitor.Snapshot"/> and ask <see cref="Check"/> per target.
/// </summary>
public sealed class InhibitionSnapshot
{
    private readonly IReadOnlyList<InhibitRule> _rules;
    private readonly IReadOnlyList<LabelSet>[] _sources;

    internal InhibitionSnapshot(IReadOnlyList<InhibitRule> rules, IReadOnlyList<LabelSet>[] sources)
    {
        _rules = rules;
        _sources = sources;
    }

    /// <summary>
    /// §5 scan semantics: rules in order; a rule applies when the target matches its target side and some live source
    /// has equal <c>equal</c> labels, except that a target matching both sides is not inhibited by a source that also
    /// matches both sides (so an alert never inhibits itself). Null when nothing inhibits the target.
    /// </summary>
    public Inhibition? Check(LabelSet target)
    {
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            if (!rule.TargetMatchers.Matches(target))
            {
                continue;
            }

            var targetMatchesSource = rule.SourceMatchers.Matches(target);
            List<Fingerprint>? found = null;
            foreach (var source in _sources[i])
            {
                if (rule.HasEqual(source, target) && !(targetMatchesSource && rule.TargetMatchers.Matches(source)))
                {
                    (found ??= []).Add(source.Fingerprint);
                }
            }

            if (found is not null)
            {
                found.Sort(static (a, b) => a.Value.CompareTo(b.Value));
                return new Inhibition(rule, found);
            }
        }

        return null;
    }
}
