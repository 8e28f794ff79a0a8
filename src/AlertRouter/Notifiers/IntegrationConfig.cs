namespace AlertRouter.Notifiers;

/// <summary>
/// One entry of a receiver's <c>*_configs</c> list, compiled. <see cref="Type"/> is Alertmanager's integration name
/// (pagerduty, slack, email, webhook) and <see cref="Index"/> its position in that list, so
/// <c>receiver/slack[0]</c> names it as Alertmanager's logs do.
/// </summary>
public abstract record IntegrationConfig(string Type)
{
    public int Index { get; init; }

    public bool SendResolved { get; init; }

    /// <summary>
    /// Environment variables referenced as <c>${VAR}</c> with no default that were unset at load: the integration is
    /// <em>unconfigured</em> and is skipped (reported by check-config, /health and the receivers API).
    /// </summary>
    public IReadOnlyList<string> MissingVariables { get; init; } = [];

    public bool IsConfigured => MissingVariables.Count == 0;

    public string Name => $"{Type}[{Index}]";

    /// <summary>Every secret of this integration, for redaction of error text.</summary>
    public abstract IEnumerable<Secret> Secrets();
}
