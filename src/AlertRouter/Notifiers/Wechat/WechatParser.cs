using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Wechat;

/// <summary><c>wechat_configs</c> entries, with Alertmanager's checks and messages; unset URL, secret and corp id come from <c>global</c>.</summary>
internal static class WechatParser
{
    private const string ValidTypes = "^(text|markdown)$";

    public static WechatConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global.Of<WechatGlobals>();
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var url = m.Str("api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } urlError)
        {
            scope.Error(url.Node, urlError);
        }

        var secret = SecretReader.Read(m, "api_secret", "api_secret_file", scope.Missing, out var secretInline, out var secretFile);
        if (!secretInline.Present && !secretFile.Present)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("wechat_api_secret"));
            secret = global.ApiSecret;
            if (secret is null && !scope.Global.Missing.ContainsKey("wechat_api_secret"))
            {
                scope.Error(node, "no global Wechat ApiSecret set");
            }
        }

        var corpId = GlobalScope.NonEmpty(m.Str("corp_id"));
        if (corpId is null)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("wechat_api_corp_id"));
            corpId = global.CorpId;
            if (corpId is null && !scope.Global.Missing.ContainsKey("wechat_api_corp_id"))
            {
                scope.Error(node, "no global Wechat CorpID set");
            }
        }

        var type = m.Str("message_type");
        var messageType = GlobalScope.NonEmpty(type) ?? "text";
        if (messageType is not ("text" or "markdown"))
        {
            scope.Error(type.Node, $"weChat message type {Model.GoQuote.Quote(messageType)} does not match valid options {ValidTypes}");
        }

        var apiUrl = GlobalScope.NonEmpty(url) ?? global.ApiUrl;
        var config = new WechatConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? false,
            ApiSecret = secret ?? new Secret(""),
            CorpId = corpId ?? "",
            ApiUrl = apiUrl.EndsWith('/') ? apiUrl : apiUrl + "/",
            Message = scope.Template(m, "message"),
            ToUser = scope.Template(m, "to_user"),
            ToParty = scope.Template(m, "to_party"),
            ToTag = scope.Template(m, "to_tag"),
            AgentId = scope.Template(m, "agent_id"),
            MessageType = messageType,
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }
}
