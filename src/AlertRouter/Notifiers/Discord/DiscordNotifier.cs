using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Discord;

/// <summary>
/// <c>discord_configs</c>: POSTs one embed to the webhook (no <c>?wait=true</c>, so Discord answers 204). Red while
/// firing, green when resolved; title, description and content cut to Discord's embed limits with "…" as Alertmanager
/// 0.27+ does (0.25 sent them whole and Discord refused them).
/// </summary>
internal sealed class DiscordNotifier(NotifierHttp http, TemplateEngine engine, ILogger<DiscordNotifier> logger)
    : NotifierBase<DiscordConfig>(logger)
{
    public const int MaxTitleRunes = 256;
    public const int MaxDescriptionRunes = 4096;
    public const int MaxContentRunes = 2000;
    public const int Red = 0x992D22;
    public const int Green = 0x2ECC71;

    public override string Integration => "discord";

    protected override async Task<DeliveryResult> SendAsync(DiscordConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.WebhookUrl.Reveal(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid discord webhook_url");
        }

        var r = engine.For(Integration, context);
        var body = GoJson.Encode(Build(config, r), DiscordJsonContext.Default.DiscordMessage);
        using var request = NotifierHttp.JsonPost(url, body, config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure ?? DiscordResponses.Classify(reply!);
    }

    public static DiscordMessage Build(DiscordConfig config, TemplateRenderer r)
    {
        var title = r.Render("title", config.Title, """{{ template "discord.default.title" . }}""");
        var description = r.Render("message", config.Message, """{{ template "discord.default.message" . }}""");
        var content = r.Render("content", config.Content, """{{ template "discord.default.content" . }}""");
        return new DiscordMessage
        {
            Content = GoStrings.TruncateInRunes(content, MaxContentRunes),
            Embeds = [new DiscordEmbed(GoStrings.TruncateInRunes(title, MaxTitleRunes), GoStrings.TruncateInRunes(description, MaxDescriptionRunes), r.Data.Status == "firing" ? Red : Green)],
            Username = config.Username,
            AvatarUrl = config.AvatarUrl is { } avatar && Uri.TryCreate(avatar, UriKind.RelativeOrAbsolute, out _) ? avatar : null,
        };
    }
}
