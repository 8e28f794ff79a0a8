using HandlebarsDotNet;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Alertmanager's default template names, for <c>{{template "slack.default.title" .}}</c> in migrated configs.
/// </summary>
internal static class NamedTemplates
{
    private static readonly Dictionary<string, Func<TemplateData, string>> Templates = new(StringComparer.Ordinal)
    {
        ["__alertmanager"] = _ => DefaultTemplates.Alertmanager,
        ["__alertmanagerURL"] = DefaultTemplates.AlertmanagerUrl,
        ["__subject"] = DefaultTemplates.Subject,
        ["__text_alert_list"] = d => DefaultTemplates.TextAlertList(d.Alerts),
        ["slack.default.title"] = DefaultTemplates.Subject,
        ["slack.default.username"] = _ => DefaultTemplates.Alertmanager,
        ["slack.default.fallback"] = DefaultTemplates.SlackFallback,
        ["slack.default.titlelink"] = DefaultTemplates.AlertmanagerUrl,
        ["slack.default.callbackid"] = _ => "",
        ["slack.default.pretext"] = _ => "",
        ["slack.default.iconemoji"] = _ => "",
        ["slack.default.iconurl"] = _ => "",
        ["slack.default.text"] = _ => "",
        ["slack.default.footer"] = _ => "",
        ["pagerduty.default.description"] = DefaultTemplates.Subject,
        ["pagerduty.default.client"] = _ => DefaultTemplates.Alertmanager,
        ["pagerduty.default.clientURL"] = DefaultTemplates.AlertmanagerUrl,
        ["pagerduty.default.instances"] = d => DefaultTemplates.TextAlertList(d.Alerts),
        ["email.default.subject"] = DefaultTemplates.Subject,
        ["email.default.html"] = DefaultEmail.Html,
        ["email.default.text"] = DefaultEmail.Text,
    };

    public static IEnumerable<string> Names => Templates.Keys;

    public static string Render(string name, TemplateData data) =>
        Templates.TryGetValue(name, out var template)
            ? template(data)
            : throw new HandlebarsRuntimeException($"template \"{name}\" is not defined");
}
