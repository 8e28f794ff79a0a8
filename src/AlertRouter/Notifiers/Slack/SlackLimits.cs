using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// What AlertRouter cuts before Slack does (or rejects the message), each cut marked visibly:
/// <list type="bullet">
/// <item>title ≤ 1,024 runes, last rune "…" (Alertmanager's own limit for the legacy attachment title);</item>
/// <item>text, pretext and fallback ≤ 4,000 runes, ending in "… (truncated)": Slack's chat.postMessage advice is
/// ≤ 4,000 characters; it truncates silently at 40,000 and large messages fail (Alertmanager #2769);</item>
/// <item>footer ≤ 300 runes (legacy attachment footer limit);</item>
/// <item>≤ 10 fields (the 10th becomes "… N more fields not shown"), field values ≤ 2,000 runes, titles ≤ 150;</item>
/// <item>≤ 5 actions per attachment (legacy interactive-message limit); the runbook button only if room is left.</item>
/// </list>
/// </summary>
internal static class SlackLimits
{
    public const int TitleRunes = 1024;
    public const int TextRunes = 4000;
    public const int FooterRunes = 300;
    public const int MaxFields = 10;
    public const int FieldTitleRunes = 150;
    public const int FieldValueRunes = 2000;
    public const int MaxActions = 5;
    public const string TextMarker = "… (truncated)";

    /// <summary>At most <paramref name="maxRunes"/> runes; when cut, the end is <see cref="TextMarker"/>.</summary>
    public static string Text(string value, int maxRunes = TextRunes)
    {
        var cut = GoStrings.TruncateInRunes(value, maxRunes - TextMarker.Length + 1, out var truncated);
        return truncated ? cut[..^1] + TextMarker : value;
    }

    public static IReadOnlyList<SlackMessageField> Fields(IReadOnlyList<SlackMessageField> fields)
    {
        var cut = fields.Select(f => new SlackMessageField(
            GoStrings.TruncateInRunes(f.Title, FieldTitleRunes), GoStrings.TruncateInRunes(f.Value, FieldValueRunes), f.Short)).ToList();
        if (cut.Count <= MaxFields)
        {
            return cut;
        }

        var hidden = cut.Count - (MaxFields - 1);
        return [.. cut.Take(MaxFields - 1), new SlackMessageField("…", $"{hidden} more fields not shown", false)];
    }
}
