namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>
/// What one integration hands the shared contract (<see cref="IntegrationContractTests"/>): a minimal valid config
/// aimed at a capture target, the secrets in it, and how its vendor answers. Each registered integration has exactly
/// one, in its own test folder (<c>Notifiers/&lt;Name&gt;/&lt;Name&gt;Contract.cs</c>); the contract finds them.
/// </summary>
internal abstract class IntegrationContract
{
    /// <summary>The registered integration type, e.g. <c>slack</c>.</summary>
    public abstract string Type { get; }

    /// <summary>
    /// Distinctive secrets, each written in <see cref="Config"/> inside a quoted scalar; the first is replaced by an unset
    /// <c>${VAR}</c> to test an unconfigured integration.
    /// </summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    /// <summary>One item of <c>&lt;type&gt;_configs</c>, as a YAML flow mapping, sending to <paramref name="target"/>.</summary>
    public abstract string Config(ContractTarget target);

    /// <summary>
    /// The answers whose retry the integration decides: status (HTTP, or SMTP reply code) and whether it is retried.
    /// By default 5xx and 429 are retried and 4xx is not, as Alertmanager's Retrier does with AlertRouter's 429.
    /// </summary>
    public virtual IReadOnlyList<(int Status, bool Retried)> Statuses { get; } =
        [(500, true), (502, true), (503, true), (429, true), (400, false), (401, false), (403, false), (404, false), (422, false)];

    /// <summary>
    /// Whether the vendor tells how long to wait (<c>Retry-After</c>, a body's <c>retry_after</c>); the target's
    /// <see cref="ContractTarget.RateLimit"/> then says it, and the contract checks the wait is kept exactly.
    /// </summary>
    public virtual bool TellsTheWait => true;

    /// <summary>Starts the endpoint the config sends to: an HTTP capture server unless the integration speaks otherwise.</summary>
    public virtual Task<ContractTarget> StartTargetAsync() => HttpContractTarget.StartAsync(this);

    /// <summary>How the vendor's endpoint accepts a notification.</summary>
    public virtual TestSupport.ScriptedResponse Accepted => new(200, "ok");

    /// <summary>How the vendor's endpoint says "wait <paramref name="seconds"/> s" (default: 429 with <c>Retry-After</c>).</summary>
    public virtual TestSupport.ScriptedResponse RateLimited(int seconds) => TestSupport.ScriptedResponse.TooManyRequests(seconds);
}
