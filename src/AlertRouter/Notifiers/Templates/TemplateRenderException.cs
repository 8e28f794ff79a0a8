namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// A field's template failed on this notification's data. Alertmanager does not send a message with a failed field
/// and does not retry it; <see cref="NotifierBase{TConfig}"/> turns this into that outcome for every integration.
/// </summary>
internal sealed class TemplateRenderException(string field, string error, Exception inner)
    : Exception($"template {field}: {error}", inner)
{
    public string Field { get; } = field;
}
