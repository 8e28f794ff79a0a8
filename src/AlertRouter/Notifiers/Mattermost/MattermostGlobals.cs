namespace AlertRouter.Notifiers.Mattermost;

/// <summary>Mattermost's keys of <c>global:</c> (0.32): <c>mattermost_webhook_url</c> or <c>mattermost_webhook_url_file</c>.</summary>
internal sealed record MattermostGlobals(Secret? WebhookUrl)
{
    public static MattermostGlobals Parse(GlobalScope scope)
    {
        var url = scope.Secret("mattermost_webhook_url", "mattermost_webhook_url_file");
        if (url is not null && scope.Reader.Node("mattermost_webhook_url") is { } node && Yaml.ConfigUrl.Validate(url.Reveal()) is { } error)
        {
            scope.Error(node, error);
        }

        return new MattermostGlobals(url);
    }
}
