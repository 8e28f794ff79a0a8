using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Webex;

/// <summary>Webex's key of <c>global:</c>: <c>webex_api_url</c>.</summary>
internal sealed record WebexGlobals(string ApiUrl)
{
    public const string DefaultApiUrl = "https://webexapis.com/v1/messages";

    public static WebexGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("webex_api_url");
        if (url.Resolved && url.Value!.Length > 0 && ConfigUrl.Validate(url.Value) is { } error)
        {
            scope.Error(url.Node, error);
        }

        return new WebexGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl);
    }
}
