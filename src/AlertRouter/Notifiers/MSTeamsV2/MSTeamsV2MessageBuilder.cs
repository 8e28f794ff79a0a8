using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.MSTeamsV2;

/// <summary>
/// Alertmanager's msteamsv2 card (notify/msteamsv2, 0.29+): a heading block with the title, coloured Attention while
/// firing and Good when resolved, then a wrapping block with the text. Nothing is truncated, as in Alertmanager.
/// </summary>
internal static class MSTeamsV2MessageBuilder
{
    public static MSTeamsV2Message Build(MSTeamsV2Config config, TemplateRenderer r)
    {
        var title = new MSTeamsV2TextBlock("TextBlock", r.Render("title", config.Title, """{{ template "msteamsv2.default.title" . }}"""))
        {
            Weight = "Bolder",
            Size = "Medium",
            Wrap = true,
            Style = "heading",
            Color = r.Data.Status == "firing" ? "Attention" : "Good",
        };
        var text = new MSTeamsV2TextBlock("TextBlock", r.Render("text", config.Text, """{{ template "msteamsv2.default.text" . }}""")) { Wrap = true };
        var card = new MSTeamsV2Card("http://adaptivecards.io/schemas/adaptive-card.json", "AdaptiveCard", "1.2", [title, text], new MSTeamsV2Width("full"));
        return new MSTeamsV2Message("message", [new MSTeamsV2Attachment("application/vnd.microsoft.card.adaptive", null, card)]);
    }
}
