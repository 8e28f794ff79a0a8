using AlertRouter.Templating;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Compiles every template field of an integration against the config's templates at load, as Alertmanager's config
/// check does: a field that does not parse, or calls a function that does not exist, is a config error with Go's
/// message. Compiling here is also what makes each field compile once per load.
/// </summary>
internal static class TemplateValidator
{
    /// <summary>The fields that do not compile, by YAML field name, with Go's message.</summary>
    public static IEnumerable<(string Field, string Error)> Validate(IntegrationConfig config, MessageTemplates templates)
    {
        foreach (var field in Integrations.For(config).TemplateFields(config))
        {
            string? error = null;
            try
            {
                templates.Compile(field.Source, field.Flavor);
            }
            catch (TemplateParseException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return (field.Name, error);
            }
        }
    }
}
