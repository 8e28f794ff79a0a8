using System.Text.RegularExpressions;
using AlertRouter.Model;
using HandlebarsDotNet;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// Checks every template of an integration at config load, so that a broken template is a config error and not a
/// silent fallback at 3 a.m. A template must compile, and must render against a sample notification without an
/// unknown helper, an undefined named template or an invalid regex. Errors that depend on the data (a helper given
/// an unexpected value) are left to the render-time fallback.
/// </summary>
internal sealed class TemplateValidator(TemplateEngine engine)
{
    private static readonly TemplateData Sample = BuildSample();

    public IReadOnlyList<TemplateError> Validate(IntegrationConfig config)
    {
        var errors = new List<TemplateError>();
        foreach (var field in Integrations.For(config).TemplateFields(config))
        {
            try
            {
                engine.Compile(field.Source, field.Flavor)(Sample);
            }
            catch (Exception e) when (e is HandlebarsException or RegexParseException)
            {
                errors.Add(new TemplateError(field.Name, e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Data-dependent failures are caught and counted at render time.
            }
        }

        return errors;
    }

    private static TemplateData BuildSample()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var labels = LabelSet.Of(("alertname", "TemplateCheck"), ("instance", "host:9100"), ("severity", "critical"));
        var annotations = LabelSet.Of(("summary", "summary"), ("description", "description"), ("runbook_url", "https://runbook.invalid"));
        Alert[] alerts =
        [
            new(labels, annotations, start, GoTime.Zero, "http://prometheus.invalid/graph"),
            new(LabelSet.Of(("alertname", "TemplateCheck"), ("instance", "host2:9100")), annotations, start, start.AddMinutes(1), ""),
        ];
        var context = new NotificationContext(
            "sample", "{}:{alertname=\"TemplateCheck\"}", LabelSet.Of(("alertname", "TemplateCheck")), alerts,
            start.AddMinutes(5), "http://alertrouter.invalid");
        return TemplateDataBuilder.Build(context);
    }
}
