using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>WeChat's keys of <c>global:</c>: <c>wechat_api_url</c> (default WeChat Work's), <c>wechat_api_secret</c>, <c>wechat_api_corp_id</c>.</summary>
internal sealed record WechatGlobals(string ApiUrl, Secret? ApiSecret, string? CorpId)
{
    public const string DefaultApiUrl = "https://qyapi.weixin.qq.com/cgi-bin/";

    public static WechatGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("wechat_api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } error)
        {
            scope.Error(url.Node, error);
        }

        var secret = scope.Secret("wechat_api_secret", "wechat_api_secret_file");
        return new WechatGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl, secret, GlobalScope.NonEmpty(scope.Str("wechat_api_corp_id")));
    }
}
