using System.Security.Cryptography;
using System.Text;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Json;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.VictorOps;

/// <summary>
/// <c>victorops_configs</c> as Alertmanager 0.25's notify/victorops: one POST to <c>api_url</c> + api key + "/" +
/// routing key of a flat JSON object (keys sorted): message_type (CRITICAL unless INFO/WARNING/CRITICAL is rendered;
/// RECOVERY when resolved), entity_id (SHA-256 of the group key), entity_display_name, state_message (cut at 20480
/// runes with "…"), monitoring_tool and the custom fields. 5xx is retried, and 429 (which Alertmanager does not
/// retry) with its <c>Retry-After</c>; other statuses are permanent.
/// </summary>
internal sealed class VictorOpsNotifier(NotifierHttp http, TemplateEngine engine, ILogger<VictorOpsNotifier> logger)
    : NotifierBase<VictorOpsConfig>(logger)
{
    public const int MaxStateMessageRunes = 20480;

    // Alertmanager's DefaultVictorOpsConfig.
    private const string DefaultMessageType = "CRITICAL";
    private const string DefaultStateMessage = """{{ template "victorops.default.state_message" . }}""";
    private const string DefaultEntityDisplayName = """{{ template "victorops.default.entity_display_name" . }}""";
    private const string DefaultMonitoringTool = """{{ template "victorops.default.monitoring_tool" . }}""";

    private static readonly HashSet<string> FiringTypes = new(StringComparer.Ordinal) { "INFO", "WARNING", "CRITICAL" };

    public override string Integration => "victorops";

    protected override async Task<DeliveryResult> SendAsync(VictorOpsConfig config, NotificationContext context, CancellationToken ct)
    {
        var r = engine.For(Integration, context);
        var routingKey = r.Render("routing_key", config.RoutingKey);
        if (!Uri.TryCreate(config.ApiUrl, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid api_url");
        }

        var url = new UriBuilder(apiUrl) { Path = apiUrl.AbsolutePath + $"{config.ApiKey?.Reveal()}/{routingKey}" }.Uri;
        using var request = NotifierHttp.JsonPost(url, Payload(config, context, r), config.Http);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        if (failure is not null)
        {
            return failure;
        }

        return reply!.IsSuccess ? new Delivered(reply.Status) : HttpFailures.FromStatus(reply, HttpFailures.UnexpectedStatus(reply));
    }

    private static byte[] Payload(VictorOpsConfig config, NotificationContext context, TemplateRenderer r)
    {
        var messageType = r.Render("message_type", config.MessageType, DefaultMessageType);
        if (r.Data.Status == "resolved")
        {
            messageType = "RECOVERY";
        }
        else if (!FiringTypes.Contains(messageType))
        {
            messageType = DefaultMessageType;
        }

        var message = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["message_type"] = messageType,
            ["entity_id"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(context.GroupKey))),
            ["entity_display_name"] = r.Render("entity_display_name", config.EntityDisplayName, DefaultEntityDisplayName),
            ["state_message"] = GoStrings.TruncateInRunes(r.Render("state_message", config.StateMessage, DefaultStateMessage), MaxStateMessageRunes),
            ["monitoring_tool"] = r.Render("monitoring_tool", config.MonitoringTool, DefaultMonitoringTool),
        };
        foreach (var (name, source) in config.CustomFields)
        {
            message[name] = r.Render($"custom_fields.{name}", source);
        }

        return Encoding.UTF8.GetBytes(GoJson.Map(message) + "\n");
    }
}
