namespace AlertRouter.Notifiers.Jira;

/// <summary>Jira's key of <c>global:</c> (0.28): <c>jira_api_url</c>, no default.</summary>
internal sealed record JiraGlobals(string? ApiUrl)
{
    public static JiraGlobals Parse(GlobalScope scope)
    {
        var url = scope.Str("jira_api_url");
        if (url.Resolved && url.Value!.Length > 0 && Yaml.ConfigUrl.Validate(url.Value) is { } error)
        {
            scope.Error(url.Node, error);
        }

        return new JiraGlobals(GlobalScope.NonEmpty(url));
    }
}
