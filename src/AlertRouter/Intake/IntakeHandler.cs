using System.Text.Json;
using AlertRouter.Grouping;
using AlertRouter.Model;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Intake;

/// <summary>
/// <c>POST /api/v1/alerts</c>: validate, commit durably, then answer 202. Every failure is a problem+json answer with
/// a status Alertmanager understands: 4xx for what retrying cannot fix, and 503 + Retry-After (never 429, which
/// Alertmanager does not retry) for overload, shutdown or an unavailable store. Nothing here answers 500.
/// </summary>
internal sealed class IntakeHandler(
    IAlertStore store,
    IntakeAuth auth,
    IntakeMetrics metrics,
    RecentReceipts recent,
    IGroupRouter router,
    DispatcherWakeup dispatcher,
    IOptions<IntakeOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<IntakeHandler> logger)
{
    private int _pending;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var started = time.GetTimestamp();
        var (outcome, result) = await AcceptAsync(http);
        metrics.Webhook(outcome, time.GetElapsedTime(started));
        return result;
    }

    private async Task<(string Outcome, IResult Result)> AcceptAsync(HttpContext http)
    {
        var o = options.Value;
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return (IntakeOutcomeLabel.Unavailable, Unavailable(http, "AlertRouter is shutting down", 5));
        }

        if (!auth.IsAuthorized(http.Request.Headers.Authorization.ToString()))
        {
            http.Response.Headers.WWWAuthenticate = auth.Challenge;
            return (IntakeOutcomeLabel.Unauthorized, Problem(StatusCodes.Status401Unauthorized, "missing or wrong credentials", "Authorization"));
        }

        if (!IsJson(http.Request.ContentType))
        {
            return (IntakeOutcomeLabel.Invalid, Problem(StatusCodes.Status415UnsupportedMediaType,
                $"Content-Type must be application/json, not \"{http.Request.ContentType}\"", "Content-Type"));
        }

        var body = await IntakeBody.ReadAsync(http, o.MaxBodyBytes);
        if (body is null)
        {
            return (IntakeOutcomeLabel.TooLarge, Problem(StatusCodes.Status413PayloadTooLarge,
                $"body is larger than AlertRouter:Intake:MaxBodyBytes ({o.MaxBodyBytes} bytes)", "$"));
        }

        IReadOnlyList<Alert> alerts;
        WebhookMessage? message;
        try
        {
            message = IntakeBody.Parse(body);
            alerts = WebhookValidator.Validate(message, time.GetUtcNow(), o.MaxLabelsPerAlert);
        }
        catch (WebhookValidationException e)
        {
            logger.Rejected(400, e.Message);
            return (IntakeOutcomeLabel.Invalid, Problem(StatusCodes.Status400BadRequest, e.Message, e.Field));
        }

        LogFingerprintMismatches(message!, alerts);
        return await CommitAsync(http, message!, alerts);
    }

    private async Task<(string, IResult)> CommitAsync(HttpContext http, WebhookMessage message, IReadOnlyList<Alert> alerts)
    {
        if (Interlocked.Increment(ref _pending) > options.Value.MaxPendingCommits)
        {
            Interlocked.Decrement(ref _pending);
            return (IntakeOutcomeLabel.Unavailable, Unavailable(http, "too many webhooks waiting for the store", 1));
        }

        try
        {
            var now = time.GetUtcNow();
            var hash = ContentHash.Of(message.GroupKey, alerts);
            if (recent.TryGet(hash, out var original))
            {
                logger.Duplicate(original, message.GroupKey);
                return (IntakeOutcomeLabel.Duplicate, Accepted(new IntakeOutcome(original, true, alerts.Count)));
            }

            var batch = new IntakeBatch(Guid.CreateVersion7(now).ToString("N"), hash, now, alerts, [.. alerts.Select(a => router.GroupsFor(a.Labels))]);

            // Not cancelled by the request: once started, the commit finishes even if Alertmanager hangs up.
            var outcome = (await store.CommitAsync([batch], CancellationToken.None))[0];
            recent.Add(hash, outcome.ReceiptId);
            if (outcome.Duplicate)
            {
                logger.Duplicate(outcome.ReceiptId, message.GroupKey);
                return (IntakeOutcomeLabel.Duplicate, Accepted(outcome));
            }

            dispatcher.Signal.Set();
            var resolved = alerts.Count(a => a.IsResolvedAt(now));
            metrics.Alerts(alerts.Count - resolved, resolved);
            logger.Accepted(outcome.ReceiptId, alerts.Count, message.GroupKey);
            return (IntakeOutcomeLabel.Accepted, Accepted(outcome));
        }
        catch (Exception e)
        {
            logger.StoreUnavailable(e);
            return (IntakeOutcomeLabel.Unavailable, Unavailable(http, "the store is unavailable", 5));
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    private void LogFingerprintMismatches(WebhookMessage message, IReadOnlyList<Alert> alerts)
    {
        for (var i = 0; i < alerts.Count; i++)
        {
            var sent = message.Alerts![i]!.Fingerprint;
            var computed = alerts[i].Fingerprint.ToString();
            if (!string.IsNullOrEmpty(sent) && sent != computed)
            {
                logger.FingerprintMismatch(sent, computed);
            }
        }
    }

    private static IResult Accepted(IntakeOutcome outcome) =>
        TypedResults.Json(new IntakeAccepted(outcome.ReceiptId, outcome.Accepted, outcome.Duplicate),
            IntakeJsonContext.Default.IntakeAccepted, statusCode: StatusCodes.Status202Accepted);

    private static IResult Unavailable(HttpContext http, string detail, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, detail, null);
    }

    private static IResult Problem(int status, string detail, string? field) =>
        TypedResults.Problem(detail: detail, statusCode: status,
            extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    private static bool IsJson(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
         contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
