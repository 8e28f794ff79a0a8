using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary><c>pagerduty_configs</c> entries (§7.2), plus AlertRouter's <c>dedup_key_mode: group|alert</c>.</summary>
internal static class PagerDutyParser
{
    public static PagerDutyConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var routingKey = SecretReader.Read(m, "routing_key", "routing_key_file", scope.Missing, out var rk, out var rkFile);
        var serviceKey = SecretReader.Read(m, "service_key", "service_key_file", scope.Missing, out var sk, out var skFile);
        if (!rk.Present && !rkFile.Present && !sk.Present && !skFile.Present ||
            (rk.IsEmpty && !rkFile.Present && sk.IsEmpty && !skFile.Present))
        {
            scope.Error(node, "missing service or routing key in PagerDuty config");
        }

        var url = m.Str("url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } urlError)
        {
            scope.Error(url.Node, urlError);
        }

        var client = scope.Template(m, "client");
        var details = m.StringMap("details");
        foreach (var (key, value) in details ?? [])
        {
            scope.TemplateValue($"details.{key.Value}", value);
        }

        var images = m.List("images", (item, _) => Image(item, scope), "[]config.PagerdutyImage") ?? [];
        var links = m.List("links", (item, _) => Link(item, scope), "[]config.PagerdutyLink") ?? [];
        var modeKey = m.KeyNode("dedup_key_mode");
        var mode = m.Str("dedup_key_mode");
        if (modeKey is not null)
        {
            ctx.Extensions.Add(modeKey);
        }

        var dedupMode = PagerDutyDedupKeyMode.Group;
        if (mode.Resolved && mode.Value != "group")
        {
            dedupMode = mode.Value == "alert" ? PagerDutyDedupKeyMode.Alert : PagerDutyDedupKeyMode.Group;
            if (mode.Value != "alert")
            {
                scope.Error(mode.Node, $"dedup_key_mode must be \"group\" or \"alert\", not {Model.GoQuote.Quote(mode.Value!)}");
            }
        }

        var config = new PagerDutyConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            RoutingKey = routingKey,
            ServiceKey = serviceKey,
            Url = url.Resolved && url.Value!.Length > 0 ? url.Value : scope.Global.Of<PagerDutyGlobals>().Url,
            Client = client,
            ClientUrl = scope.Template(m, "client_url"),
            Description = scope.Template(m, "description"),
            Severity = scope.Template(m, "severity") is { Length: > 0 } severity ? severity : "error",
            Source = scope.Template(m, "source") is { Length: > 0 } source ? source : client,
            Class = scope.Template(m, "class"),
            Component = scope.Template(m, "component"),
            Group = scope.Template(m, "group"),
            Details = (details ?? []).Where(d => d.Value.Resolved).ToDictionary(d => d.Key.Value, d => d.Value.Value!, StringComparer.Ordinal),
            Images = images,
            Links = links,
            DedupKeyMode = dedupMode,
            Http = http ?? scope.Global.HttpConfig,
        };
        m.Accept("timeout");
        m.Finish();
        return config;
    }

    private static PagerDutyImage Image(YamlNode node, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.PagerdutyImage", scope.Context);
        var image = new PagerDutyImage(scope.Template(m, "src"), scope.Template(m, "alt"), scope.Template(m, "href"));
        m.Finish();
        return image;
    }

    private static PagerDutyLink Link(YamlNode node, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "config.PagerdutyLink", scope.Context);
        var link = new PagerDutyLink(scope.Template(m, "href"), scope.Template(m, "text"));
        m.Finish();
        return link;
    }
}
