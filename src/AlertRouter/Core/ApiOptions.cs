namespace AlertRouter.Core;

/// <summary>Settings under <c>AlertRouter:Api:</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "AlertRouter:Api";

    /// <summary>
    /// When set, mutating endpoints (<c>POST /-/reload</c>, …) require <c>Authorization: Bearer &lt;token&gt;</c>.
    /// Default: unset (no authentication, as Alertmanager).
    /// </summary>
    public string? AdminToken { get; set; }
}
