using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.RocketChat;

/// <summary>Rocket.Chat's keys of <c>global:</c>: <c>rocketchat_api_url</c>, <c>rocketchat_token(_file)</c>, <c>rocketchat_token_id(_file)</c>.</summary>
internal sealed record RocketChatGlobals(string ApiUrl, Secret? Token, Secret? TokenId)
{
    public const string DefaultApiUrl = "https://open.rocket.chat/";

    public static RocketChatGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("rocketchat_api_url");
        if (url.Resolved && url.Value!.Length > 0 && ConfigUrl.Validate(url.Value) is { } error)
        {
            scope.Error(url.Node, error);
        }

        var token = scope.Secret("rocketchat_token", "rocketchat_token_file");
        var tokenId = scope.Secret("rocketchat_token_id", "rocketchat_token_id_file");
        return new RocketChatGlobals(GlobalScope.NonEmpty(url) ?? DefaultApiUrl, token, tokenId);
    }
}
