using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary><c>rocketchat_configs</c> entries; a token or token id not set inline or in a file comes from the globals.</summary>
internal static class RocketChatParser
{
    public static RocketChatConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global;
        var globals = global.Of<RocketChatGlobals>();
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var apiUrl = m.Str("api_url");
        if (apiUrl.Resolved && apiUrl.Value!.Length > 0 && ConfigUrl.Validate(apiUrl.Value) is { } urlError)
        {
            scope.Error(apiUrl.Node, urlError);
        }

        var tokenId = SecretReader.Read(m, "token_id", "token_id_file", scope.Missing, out var idInline, out var idFile);
        if (!idInline.Present && !idFile.Present)
        {
            scope.Missing.AddRange(global.MissingFor("rocketchat_token_id"));
            tokenId = globals.TokenId;
            if (tokenId is null && !global.Missing.ContainsKey("rocketchat_token_id"))
            {
                scope.Error(node, "no global Rocketchat TokenID set either inline or in a file");
            }
        }

        var token = SecretReader.Read(m, "token", "token_file", scope.Missing, out var tokenInline, out var tokenFile);
        if (!tokenInline.Present && !tokenFile.Present)
        {
            scope.Missing.AddRange(global.MissingFor("rocketchat_token"));
            token = globals.Token;
            if (token is null && !global.Missing.ContainsKey("rocketchat_token"))
            {
                scope.Error(node, "no global Rocketchat Token set either inline or in a file");
            }
        }

        var config = new RocketChatConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? false,
            ApiUrl = GlobalScope.NonEmpty(apiUrl) ?? globals.ApiUrl,
            Token = token,
            TokenId = tokenId,
            Channel = scope.Template(m, "channel"),
            Color = scope.Template(m, "color"),
            Emoji = scope.Template(m, "emoji"),
            IconUrl = scope.Template(m, "icon_url"),
            Text = scope.Template(m, "text"),
            Title = scope.Template(m, "title"),
            TitleLink = scope.Template(m, "title_link"),
            ImageUrl = scope.Template(m, "image_url"),
            ThumbUrl = scope.Template(m, "thumb_url"),
            Fields = m.List("fields", (item, i) => Field(item, i, scope), "[]*config.RocketchatAttachmentField") ?? [],
            ShortFields = m.Bool("short_fields") ?? false,
            Actions = m.List("actions", (item, i) => Action(item, i, scope), "[]*config.RocketchatAttachmentAction") ?? [],
            Http = http ?? global.HttpConfig,
        };
        m.Accept("link_names");
        m.Finish();
        return config;
    }

    private static RocketChatField Field(YamlNode node, int index, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.RocketchatAttachmentField", scope.Context);
        var title = m.Str("title");
        var value = m.Str("value");
        scope.TemplateValue($"fields[{index}].title", title);
        scope.TemplateValue($"fields[{index}].value", value);
        var isShort = m.Bool("short");
        m.Finish();
        return new RocketChatField(title.Value, value.Value, isShort);
    }

    // Go's YAML library lower-cases the field names, so these are the keys (only text, url and msg are sent).
    private static RocketChatAction Action(YamlNode node, int index, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.RocketchatAttachmentAction", scope.Context);
        var text = m.Str("text");
        var url = m.Str("url");
        var msg = m.Str("msg");
        scope.TemplateValue($"actions[{index}].text", text);
        scope.TemplateValue($"actions[{index}].url", url);
        scope.TemplateValue($"actions[{index}].msg", msg);
        m.Accept("type", "imageurl", "iswebview", "webviewheightratio", "msginchatwindow", "msgprocessingtype");
        m.Finish();
        return new RocketChatAction(text.Value, url.Value, msg.Value);
    }
}
