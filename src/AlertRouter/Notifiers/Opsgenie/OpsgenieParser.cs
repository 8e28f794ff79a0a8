using System.Text.RegularExpressions;
using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Opsgenie;

/// <summary><c>opsgenie_configs</c> entries, with Alertmanager's checks and messages; unset key and URL come from <c>global</c>.</summary>
internal static partial class OpsgenieParser
{
    private const string ValidTypes = "^(team|teams|user|escalation|schedule)$";

    private static readonly string[] TemplateKeys = ["message", "description", "source", "entity", "actions", "tags", "note", "priority"];

    public static OpsgenieConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global.Of<OpsgenieGlobals>();
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var key = SecretReader.Read(m, "api_key", "api_key_file", scope.Missing, out var keyInline, out var keyFile);
        if (!keyInline.Present && !keyFile.Present)
        {
            scope.Missing.AddRange(scope.Global.MissingFor("opsgenie_api_key"));
            key = global.ApiKey;
            if (key is null && !scope.Global.Missing.ContainsKey("opsgenie_api_key"))
            {
                scope.Error(node, "no global OpsGenie API Key set either inline or in a file");
            }
        }

        var url = m.Str("api_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } urlError)
        {
            scope.Error(url.Node, urlError);
        }

        var templates = TemplateKeys.ToDictionary(k => k, k => scope.Template(m, k), StringComparer.Ordinal);
        var details = m.StringMap("details");
        foreach (var (name, value) in details ?? [])
        {
            scope.TemplateValue($"details.{name.Value}", value);
        }

        var responders = m.List("responders", (item, i) => Responder(item, i, scope), "[]config.OpsGenieConfigResponder") ?? [];
        var apiUrl = GlobalScope.NonEmpty(url) ?? scope.Global.Of<OpsgenieGlobals>().ApiUrl;
        var config = new OpsgenieConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiKey = key,
            ApiUrl = apiUrl.EndsWith('/') ? apiUrl : apiUrl + "/",
            Message = templates["message"],
            Description = templates["description"],
            Source = templates["source"],
            Details = (details ?? []).Where(d => d.Value.Resolved).ToDictionary(d => d.Key.Value, d => d.Value.Value!, StringComparer.Ordinal),
            Entity = templates["entity"],
            Responders = responders,
            Actions = templates["actions"],
            Tags = templates["tags"],
            Note = templates["note"],
            Priority = templates["priority"],
            UpdateAlerts = m.Bool("update_alerts") ?? false,
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Finish();
        return config;
    }

    private static OpsgenieResponder Responder(YamlNode node, int index, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.OpsGenieConfigResponder", scope.Context);
        var fields = new[] { "id", "name", "username", "type" }.Select(k =>
        {
            var text = m.Str(k);
            scope.TemplateValue($"responders[{index}].{k}", text);
            return text.Value;
        }).ToArray();
        m.Finish();
        var responder = new OpsgenieResponder(fields[0], fields[1], fields[2], fields[3]);
        var type = responder.Type ?? "";

        // Go prints the struct as {id name username type}; the type check lower-cases only the copy it prints.
        var shown = $"{{{responder.Id} {responder.Name} {responder.Username} {(type.Contains("{{", StringComparison.Ordinal) ? type : type.ToLowerInvariant())}}}";
        if (string.IsNullOrEmpty(responder.Id) && string.IsNullOrEmpty(responder.Username) && string.IsNullOrEmpty(responder.Name))
        {
            scope.Error(node, $"opsGenieConfig responder {shown} has to have at least one of id, username or name specified");
        }
        else if (!type.Contains("{{", StringComparison.Ordinal) && !TypePattern().IsMatch(type.ToLowerInvariant()))
        {
            scope.Error(node, $"opsGenieConfig responder {shown} type does not match valid options {ValidTypes}");
        }

        return responder;
    }

    [GeneratedRegex(ValidTypes)]
    private static partial Regex TypePattern();
}
