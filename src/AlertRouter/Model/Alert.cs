namespace AlertRouter.Model;

/// <summary>
/// One alert as AlertRouter keeps it. <see cref="EndsAt"/> is <see cref="GoTime.Zero"/> while the alert fires with no
/// known end, as in Alertmanager's webhook payload.
/// </summary>
public sealed record Alert(
    LabelSet Labels,
    LabelSet Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string GeneratorUrl)
{
    public Fingerprint Fingerprint => Labels.Fingerprint;

    /// <summary>Alertmanager's <c>Resolved()</c>: an end time is set and has passed.</summary>
    public bool IsResolvedAt(DateTimeOffset now) => !GoTime.IsZero(EndsAt) && EndsAt <= now;

    public AlertStatus StatusAt(DateTimeOffset now) => IsResolvedAt(now) ? AlertStatus.Resolved : AlertStatus.Firing;
}
