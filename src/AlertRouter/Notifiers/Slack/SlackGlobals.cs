using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Slack;

/// <summary>Slack's keys of <c>global:</c>: an incoming webhook (<c>slack_api_url(_file)</c>) or an app token and URL.</summary>
internal sealed record SlackGlobals(Secret? ApiUrl, Secret? AppToken, string AppUrl)
{
    public const string DefaultAppUrl = "https://slack.com/api/chat.postMessage";

    public static SlackGlobals Parse(GlobalScope scope)
    {
        var m = scope.Reader;
        var apiUrl = scope.Secret("slack_api_url", "slack_api_url_file");
        if (apiUrl is not null && ConfigUrl.Validate(apiUrl.Reveal()) is { } error)
        {
            scope.Error(m.Node("slack_api_url") ?? m.Node("slack_api_url_file"), error);
        }

        var appToken = scope.Secret("slack_app_token", "slack_app_token_file");
        var appUrl = m.Str("slack_app_url");
        return new SlackGlobals(apiUrl, appToken, GlobalScope.NonEmpty(appUrl) ?? DefaultAppUrl);
    }
}
