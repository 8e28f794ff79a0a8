using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>Opsgenie's keys of <c>global:</c>: <c>opsgenie_api_url</c> (default the US API) and <c>opsgenie_api_key(_file)</c>.</summary>
internal sealed record OpsgenieGlobals(string ApiUrl, Secret? ApiKey)
{
    public const string DefaultApiUrl = "https://api.opsgenie.com/";

    public static OpsgenieGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("opsgenie_api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } error)
        {
            scope.Error(url.Node, error);
        }

        var key = scope.Secret("opsgenie_api_key", "opsgenie_api_key_file");
        return new OpsgenieGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl, key);
    }
}
