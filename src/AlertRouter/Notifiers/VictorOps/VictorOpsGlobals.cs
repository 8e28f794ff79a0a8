using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.VictorOps;

/// <summary>VictorOps' keys of <c>global:</c>: <c>victorops_api_url</c> (default the generic REST endpoint) and <c>victorops_api_key(_file)</c>.</summary>
internal sealed record VictorOpsGlobals(string ApiUrl, Secret? ApiKey)
{
    public const string DefaultApiUrl = "https://alert.victorops.com/integrations/generic/20131114/alert/";

    public static VictorOpsGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("victorops_api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } error)
        {
            scope.Error(url.Node, error);
        }

        var key = scope.Secret("victorops_api_key", "victorops_api_key_file");
        return new VictorOpsGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl, key);
    }
}
