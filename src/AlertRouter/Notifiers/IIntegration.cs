using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>
/// One kind of receiver integration (Alertmanager's <c>&lt;type&gt;_configs</c>) as the rest of the service sees it:
/// Config parses its globals and receiver entries through it, Delivery paces, costs and times its attempts by it, and
/// the receivers API, health and /ui describe its targets with it. The rest of the kind (payload, wire JSON, how an
/// answer is classified) stays in its folder, <c>Notifiers/&lt;Name&gt;/</c>, behind its <see cref="INotifier"/>.
/// Implementations are stateless; <see cref="Integrations.All"/> registers them.
/// </summary>
internal interface IIntegration
{
    /// <summary>Alertmanager's name (pagerduty, slack, email, webhook): the stem of the YAML key and the metric label.</summary>
    string Type { get; }

    /// <summary>
    /// Reads this kind's keys of <c>global:</c> (<c>smtp_*</c>, <c>slack_api_url</c>, ...) with their defaults; the
    /// result is what <see cref="GlobalConfig.Of{T}"/> hands the kind's parser. Null when the kind has no globals.
    /// </summary>
    object? ParseGlobals(GlobalScope scope);

    /// <summary>One entry of the <c>&lt;type&gt;_configs</c> list; problems go to the scope as file:line:col errors.</summary>
    IntegrationConfig Parse(YamlNode node, IntegrationParseScope scope);

    /// <summary>Every template-valued field, named as in YAML (Alertmanager's defaults, left null, are not listed).</summary>
    IEnumerable<TemplateField> TemplateFields(IntegrationConfig config);

    /// <summary>The pace of the destination this config sends to; null when it is not paced and nothing holds it.</summary>
    Pace? Pacing(IntegrationConfig config);

    /// <summary>How many sends against the pace one notification takes (PagerDuty's alert mode: one event per alert).</summary>
    int AttemptCost(IntegrationConfig config, NotificationContext context);

    /// <summary>The config's own limit for one attempt (a webhook's <c>timeout</c>); null for Delivery's default.</summary>
    TimeSpan? AttemptTimeout(IntegrationConfig config);

    /// <summary>Where it sends, told without a secret: a channel, a key's last four characters, a host.</summary>
    string Describe(IntegrationConfig config);

    /// <summary>
    /// Renders every field of this config's payload for <paramref name="context"/> (whose <see cref="NotificationContext.Preview"/>
    /// records them) without sending anything: the kind's own message builder where it has one.
    /// </summary>
    void Preview(IntegrationConfig config, NotificationContext context, IServiceProvider services);

    /// <summary>Registers the kind's <see cref="INotifier"/> and what that needs (its named HttpClients, builders).</summary>
    void AddServices(IServiceCollection services);
}
