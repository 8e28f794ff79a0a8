using System.ComponentModel.DataAnnotations;

namespace AlertRouter.Core;

/// <summary>Top-level settings under <c>AlertRouter:</c>. Stage settings live in their own folders' options types.</summary>
public sealed class AlertRouterOptions
{
    public const string Section = "AlertRouter";

    /// <summary>Routing API and intake listener. Default <c>http://0.0.0.0:8080</c>.</summary>
    [Required]
    public string ApiUrl { get; set; } = "http://0.0.0.0:8080";

    /// <summary>Metrics/health listener. Default <c>http://0.0.0.0:9095</c>.</summary>
    [Required]
    public string OpsUrl { get; set; } = "http://0.0.0.0:9095";

    /// <summary>The URL users reach AlertRouter at, used in links (<c>ExternalURL</c> in templates). Default: the API URL.</summary>
    public string? ExternalUrl { get; set; }

    /// <summary>
    /// Identity of this replica: it owns the replica's group and delivery leases in a shared (PostgreSQL) store and
    /// labels health output and <c>alertrouter_build_info</c>. Must be unique among the replicas sharing a database
    /// (two processes with one id would own the same leases; /health flags it). Default: the host name, unique per
    /// container or pod; set it when running several processes on one host. See docs/scaling.md.
    /// </summary>
    public string? ReplicaId { get; set; }

    /// <summary>
    /// The replica id in use: <see cref="ReplicaId"/> or the host name. It owns group and delivery leases, so a
    /// restarted process resumes its own leases at once; every replica sharing a store needs its own.
    /// </summary>
    public string EffectiveReplicaId => string.IsNullOrWhiteSpace(ReplicaId) ? Environment.MachineName : ReplicaId;

    /// <summary>
    /// Resolves a configured path against the working directory, so <c>dotnet run --project src/AlertRouter</c> from the
    /// repository root finds <c>routes/</c> and writes <c>data/</c> there.
    /// </summary>
    public static string ResolvePath(string path) => Path.GetFullPath(path, Environment.CurrentDirectory);
}
