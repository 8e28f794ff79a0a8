using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Config;

/// <summary>
/// Makes a broken template a config error at load (check-config, startup, reload) with the place it was written,
/// instead of a silent fallback when the alert fires.
/// </summary>
internal sealed class TemplateConfigValidator(TemplateValidator validator) : IConfigValidator
{
    public void Validate(ConfigValidationContext context)
    {
        foreach (var receiver in context.Candidate.ReceiverList)
        {
            foreach (var integration in receiver.Integrations)
            {
                foreach (var error in validator.Validate(integration))
                {
                    var place = context.Templates.FirstOrDefault(t =>
                        t.Receiver == receiver.Name && t.Integration == integration.Name && t.Field == error.Field);
                    context.Error(place?.Location, $"receiver \"{receiver.Name}\" {integration.Name}: template {error.Field}: {error.Message}");
                }
            }
        }
    }
}
