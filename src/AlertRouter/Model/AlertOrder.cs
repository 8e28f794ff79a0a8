namespace AlertRouter.Model;

/// <summary>
/// The order Alertmanager sends alerts in (alert.AlertSlice.Less): by job, then instance (having the label sorts
/// first), then <c>LabelSet.Before</c>: fewer labels first, then the first differing label name or value.
/// </summary>
public sealed class AlertOrder : IComparer<Alert>
{
    public static readonly AlertOrder Instance = new();

    public int Compare(Alert? x, Alert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        foreach (var name in (ReadOnlySpan<string>)["job", "instance"])
        {
            var hasX = x.Labels.TryGetValue(name, out var vx);
            var hasY = y.Labels.TryGetValue(name, out var vy);
            if (hasX != hasY)
            {
                return hasX ? -1 : 1;
            }

            if (hasX && vx != vy)
            {
                return string.CompareOrdinal(vx, vy);
            }
        }

        return Before(x.Labels, y.Labels);
    }

    private static int Before(LabelSet a, LabelSet b)
    {
        if (a.Count != b.Count)
        {
            return a.Count < b.Count ? -1 : 1;
        }

        // Walk the union of names in sorted order; both sets are sorted, so this is a merge.
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var byName = string.CompareOrdinal(a[i].Key, b[j].Key);
            if (byName != 0)
            {
                // The set missing the smaller name comes first.
                return byName < 0 ? 1 : -1;
            }

            var byValue = string.CompareOrdinal(a[i].Value, b[j].Value);
            if (byValue != 0)
            {
                return byValue;
            }

            i++;
            j++;
        }

        return 0;
    }
}
