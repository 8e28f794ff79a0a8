namespace AlertRouter.Notifiers.Jira;

/// <summary>JSON written as it is: an API v3 description, which the template renders as Atlassian Document Format.</summary>
internal sealed record JiraRawJson(string Json);
