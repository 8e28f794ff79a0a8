using AlertRouter.Model;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// Alertmanager's <c>template.Alert</c>. <paramref name="EndsAt"/> of <see cref="GoTime.Zero"/> means unset (printed as
/// Go's zero time). Times print in UTC, as Alertmanager prints the times it decoded from a <c>Z</c> timestamp.
/// </summary>
internal sealed record TemplateAlert(
    string Status,
    LabelSet Labels,
    LabelSet Annotations,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string GeneratorUrl,
    string Fingerprint)
{
    internal TemplateKV LabelsKV { get; } = TemplateKV.From(Labels);

    internal TemplateKV AnnotationsKV { get; } = TemplateKV.From(Annotations);

    /// <summary>Nanoseconds below the 100 ns tick of <see cref="StartsAt"/> (digits 8 and 9 of an RFC 3339 fraction).</summary>
    public int StartsAtExtraNanos { get; init; }

    /// <summary>Nanoseconds below the 100 ns tick of <see cref="EndsAt"/>.</summary>
    public int EndsAtExtraNanos { get; init; }

    internal GoTimeValue StartsAtTime => field ??= GoTimeValue.FromOffset(StartsAt, StartsAtExtraNanos);

    internal GoTimeValue EndsAtTime => field ??=
        GoTime.IsZero(EndsAt) && EndsAtExtraNanos == 0 ? GoTimeValue.Zero : GoTimeValue.FromOffset(EndsAt, EndsAtExtraNanos);

    /// <summary>From a stored alert, with its status decided at <paramref name="now"/> as Alertmanager's Alert.Status().</summary>
    public static TemplateAlert From(Alert alert, DateTimeOffset now) => new(
        alert.StatusAt(now) == AlertStatus.Resolved ? "resolved" : "firing",
        alert.Labels,
        alert.Annotations,
        alert.StartsAt,
        alert.EndsAt,
        alert.GeneratorUrl,
        alert.Fingerprint.ToString());
}
