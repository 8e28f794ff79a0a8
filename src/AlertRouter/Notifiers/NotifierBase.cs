using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers;

/// <summary>
/// What every notifier does around its send: config type check, unconfigured integrations, cancellation (a cancelled
/// <c>ct</c> propagates as OperationCanceledException; a field whose template fails is a Permanent(Other) result, as
/// Alertmanager does not send or retry it; every other exception becomes a Retryable(Other) result), and redaction of
/// the error text.
/// </summary>
internal abstract class NotifierBase<TConfig>(ILogger logger) : INotifier
    where TConfig : IntegrationConfig
{
    public abstract string Integration { get; }

    public async Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context, CancellationToken ct)
    {
        DeliveryResult result;
        if (config is not TConfig typed)
        {
            result = new Permanent(FailureReason.Other, null, $"the {Integration} notifier cannot send a {config.Type} integration");
        }
        else if (!config.IsConfigured)
        {
            result = new Permanent(FailureReason.ClientError, null,
                $"integration {config.Name} is not configured: unset variables {string.Join(", ", config.MissingVariables)}");
        }
        else
        {
            try
            {
                result = await SendAsync(typed, context, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (TemplateRenderException e)
            {
                // Alertmanager sends nothing and does not retry: the same data would fail the same way.
                var error = SecretRedactor.Redact(e.Message, config);
                logger.TemplateRenderFailed(Integration, context.Receiver, e.Field, error);
                result = new Permanent(FailureReason.Other, null, error);
            }
            catch (Exception e)
            {
                var error = SecretRedactor.Redact($"unexpected {e.GetType().Name}: {e.Message}", config);
                logger.NotifierCrashed(Integration, context.Receiver, error);
                result = new Retryable(FailureReason.Other, null, error);
            }
        }

        result = SecretRedactor.Redact(result, config);
        logger.NotificationAttempted(Integration, context.Receiver, result.GetType().Name, result.StatusCode, result.Error);
        return result;
    }

    protected abstract Task<DeliveryResult> SendAsync(TConfig config, NotificationContext context, CancellationToken ct);
}
