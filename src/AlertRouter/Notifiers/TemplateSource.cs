using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>
/// A template-valued field as written in a receiver (e.g. a Slack <c>title</c>) and where, so that a template error
/// found by a config validator becomes a <c>path:line:col</c> config error.
/// </summary>
/// <param name="Integration">Alertmanager's integration name with its index, e.g. <c>slack[0]</c>.</param>
/// <param name="Field">The YAML key, e.g. <c>title</c>, <c>details.firing</c>, <c>headers.Subject</c>.</param>
public sealed record TemplateSource(string Receiver, string Integration, string Field, string Source, ConfigLocation Location);
