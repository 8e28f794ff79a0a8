namespace AlertRouter.Notifiers.Templates;

/// <summary>The distinct <c>runbook_url</c> annotations of a notification's alerts, in alert order.</summary>
internal static class RunbookUrls
{
    public const string Annotation = "runbook_url";

    public static IReadOnlyList<string> Of(IEnumerable<TemplateAlert> alerts) =>
        alerts.Select(a => a.Annotations.GetValueOrDefault(Annotation)?.Trim() ?? "")
            .Where(url => url.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
