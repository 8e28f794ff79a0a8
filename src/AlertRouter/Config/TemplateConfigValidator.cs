using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Config;

/// <summary>
/// Makes a template that does not parse (or calls an unknown function) a config error at load — check-config,
/// startup, reload, where the last good config keeps serving — with the place it was written and Go's message.
/// </summary>
internal sealed class TemplateConfigValidator(TemplateEngine engine) : IConfigValidator
{
    public void Validate(ConfigValidationContext context)
    {
        var templates = context.Candidate.MessageTemplates ?? engine.Defaults;
        foreach (var receiver in context.Candidate.ReceiverList)
        {
            foreach (var integration in receiver.Integrations)
            {
                foreach (var (field, error) in TemplateValidator.Validate(integration, templates))
                {
                    var place = context.Templates.FirstOrDefault(t =>
                        t.Receiver == receiver.Name && t.Integration == integration.Name && t.Field == field);
                    context.Error(place?.Location, $"receiver \"{receiver.Name}\" {integration.Name}: template {field}: {error}");
                }
            }
        }
    }
}
