using System.Security.Cryptography;
using System.Text;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// <c>sns_configs</c>: renders the Publish parameters as Alertmanager does (<see cref="SnsPublishInput.Create"/>),
/// signs the form with SigV4 at the service clock's time and POSTs it to <c>api_url</c> or the region's endpoint.
/// </summary>
internal sealed class SnsNotifier(NotifierHttp http, TemplateEngine engine, TimeProvider time, ILogger<SnsNotifier> logger)
    : NotifierBase<SnsConfig>(logger)
{
    public const string DefaultSubject = """{{ template "sns.default.subject" . }}""";
    public const string DefaultMessage = """{{ template "sns.default.message" . }}""";

    public override string Integration => "sns";

    protected override async Task<DeliveryResult> SendAsync(SnsConfig config, NotificationContext context, CancellationToken ct)
    {
        var region = config.SigV4.Region ?? Env("AWS_REGION") ?? Env("AWS_DEFAULT_REGION");
        if (region is null)
        {
            return new Permanent(FailureReason.ClientError, null, "region not configured in sns.sigv4.region or in default credentials chain");
        }

        if (Credentials(config.SigV4) is not { } credentials)
        {
            return new Permanent(FailureReason.AuthError, null, "no AWS credentials: set sns.sigv4.access_key and secret_key, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
        }

        var r = engine.For(Integration, context);
        var endpoint = config.ApiUrl is null ? SnsPublishRequest.DefaultEndpoint(region).ToString() : r.Render("api_url", config.ApiUrl);
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid sns api_url");
        }

        using var request = SnsPublishRequest.Create(url, Build(config, r, context.GroupKey), credentials, region, time.GetUtcNow());
        request.Headers.UserAgent.ParseAdd(NotifierHttp.UserAgent);
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure ?? SnsResponses.Classify(reply!);
    }

    public static SnsPublishInput Build(SnsConfig config, TemplateRenderer r, string groupKey)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (i, (name, value)) in config.Attributes.Index())
        {
            attributes[r.Render($"attributes[{i}].name", name)] = r.Render($"attributes.{name}", value);
        }

        return SnsPublishInput.Create(
            config.TopicArn is null ? null : r.Render("topic_arn", config.TopicArn),
            config.PhoneNumber is null ? null : r.Render("phone_number", config.PhoneNumber),
            config.TargetArn is null ? null : r.Render("target_arn", config.TargetArn),
            config.Subject is "" ? null : r.Render("subject", config.Subject, DefaultSubject),
            r.Render("message", config.Message, DefaultMessage),
            attributes,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey))));
    }

    private static AwsCredentials? Credentials(SnsSigV4 sigv4)
    {
        if (sigv4.AccessKey is { } key && sigv4.SecretKey is { } secret)
        {
            return new AwsCredentials(key.Reveal(), secret.Reveal());
        }

        return Env("AWS_ACCESS_KEY_ID") is { } envKey && Env("AWS_SECRET_ACCESS_KEY") is { } envSecret
            ? new AwsCredentials(envKey, envSecret, Env("AWS_SESSION_TOKEN"))
            : null;
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
