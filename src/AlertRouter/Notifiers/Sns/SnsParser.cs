using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Sns;

/// <summary><c>sns_configs</c> entries, with Alertmanager's check on topic_arn, phone_number and target_arn.</summary>
internal static class SnsParser
{
    public static SnsConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var sigv4 = SigV4(m.Node("sigv4"), scope);
        var apiUrl = scope.Template(m, "api_url");
        var topic = scope.Template(m, "topic_arn");
        var phone = scope.Template(m, "phone_number");
        var target = scope.Template(m, "target_arn");
        var subject = scope.Template(m, "subject");
        var message = scope.Template(m, "message");
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in m.StringMap("attributes") ?? [])
        {
            scope.TemplateValue($"attributes.{key.Value}", value);
            attributes.Add(new(key.Value, value.Value ?? ""));
        }

        m.Accept("use_aws_http_client");
        m.Finish();

        // Alertmanager's check, (target == "") != (topic == "") != (phone == ""): one of the three, or all three.
        if (string.IsNullOrEmpty(target) != string.IsNullOrEmpty(topic) != string.IsNullOrEmpty(phone))
        {
            scope.Error(node, "must provide either a Target ARN, Topic ARN, or Phone Number for SNS config");
        }

        return new SnsConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiUrl = string.IsNullOrEmpty(apiUrl) ? null : apiUrl,
            SigV4 = sigv4,
            TopicArn = string.IsNullOrEmpty(topic) ? null : topic,
            PhoneNumber = string.IsNullOrEmpty(phone) ? null : phone,
            TargetArn = string.IsNullOrEmpty(target) ? null : target,
            Subject = subject,
            Message = message,
            Attributes = attributes,
            Http = http ?? scope.Global.HttpConfig,
        };
    }

    private static SnsSigV4 SigV4(YamlNode? node, IntegrationParseScope scope)
    {
        var m = new MappingReader(node, "sigv4.SigV4Config", scope.Context);
        var region = m.Str("region");
        var accessKey = m.Str("access_key", secret: true);
        var secretKey = m.Str("secret_key", secret: true);
        foreach (var key in new[] { "profile", "role_arn", "external_id" }.Where(k => m.Node(k) is not null))
        {
            scope.Context.Warn(m.KeyNode(key), $"sigv4.{key} is not honoured by AlertRouter: it signs with sigv4.access_key and secret_key or the AWS_* environment variables");
        }

        m.Accept("profile", "role_arn", "external_id");
        m.Finish();
        return new SnsSigV4
        {
            Region = GlobalScope.NonEmpty(region),
            AccessKey = GlobalScope.NonEmpty(accessKey) is { } id ? new Secret(id) : null,
            SecretKey = GlobalScope.NonEmpty(secretKey) is { } secret ? new Secret(secret) : null,
        };
    }
}
