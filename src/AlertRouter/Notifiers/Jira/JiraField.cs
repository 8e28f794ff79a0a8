namespace AlertRouter.Notifiers.Jira;

/// <summary>Summary or description: its template (null for the default) and whether an update of the issue sends it.</summary>
public sealed record JiraField(string? Template, bool EnableUpdate);
