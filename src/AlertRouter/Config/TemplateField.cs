namespace AlertRouter.Config;

/// <summary>
/// A template-valued field as written in the config (e.g. a Slack <c>title</c>), handed to <see cref="IConfigValidator"/>s
/// so that template errors become <c>path:line:col</c> config errors.
/// </summary>
/// <param name="Integration">Alertmanager's integration name with its index, e.g. <c>slack[0]</c>.</param>
/// <param name="Field">The YAML key, e.g. <c>title</c>, <c>details.firing</c>, <c>headers.Subject</c>.</param>
public sealed record TemplateField(string Receiver, string Integration, string Field, string Source, ConfigLocation Location);
