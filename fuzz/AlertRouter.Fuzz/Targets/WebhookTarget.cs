using System.Text;
using System.Text.Json;
using AlertRouter.Intake;
using AlertRouter.Model;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// <c>POST /api/v1/alerts</c> without the store: the body is parsed and validated as the intake handler does. Refusals
/// must be <see cref="WebhookValidationException"/>s whose problem+json can be written; accepted alerts must be what
/// the store can keep unchanged (well-formed text, a label, endsAt after startsAt) with Prometheus's fingerprint.
/// </summary>
internal sealed class WebhookTarget : IFuzzTarget
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public string Name => "webhook";

    public void Run(ReadOnlySpan<byte> input)
    {
        WebhookMessage? message;
        IReadOnlyList<Alert> alerts;
        try
        {
            message = IntakeBody.Parse(input.ToArray());
            alerts = WebhookValidator.Validate(message, Now, new IntakeOptions().MaxLabelsPerAlert);
        }
        catch (WebhookValidationException e)
        {
            PropertyViolation.Unless(e.Field.Length > 0, "a refusal names the field at fault");
            JsonSerializer.Serialize(new Dictionary<string, string> { ["detail"] = e.Message, ["field"] = e.Field }, JsonSerializerOptions.Web);
            return;
        }

        PropertyViolation.Unless(alerts.Count == message!.Alerts!.Count, "every alert sent is accepted or the webhook is refused");
        for (var i = 0; i < alerts.Count; i++)
        {
            Check(alerts[i], message.Alerts[i]!);
        }

        PropertyViolation.Unless(ContentHash.Of(message.GroupKey, alerts) == ContentHash.Of(message.GroupKey, alerts.Reverse().ToList()),
            "the content hash does not depend on alert order");
    }

    private static void Check(Alert alert, WebhookAlert sent)
    {
        PropertyViolation.Unless(alert.Labels.Count > 0, "an accepted alert has a label");
        foreach (var (name, value) in alert.Labels)
        {
            PropertyViolation.Unless(name.Length > 0 && value.Length > 0, "accepted labels have a name and a value");
        }

        foreach (var text in alert.Labels.Concat(alert.Annotations).SelectMany(p => new[] { p.Key, p.Value }).Append(alert.GeneratorUrl))
        {
            PropertyViolation.Unless(FuzzText.IsWellFormed(text), "accepted text is well-formed Unicode (it is stored as UTF-8)");
        }

        PropertyViolation.Unless(GoTime.IsZero(alert.EndsAt) || alert.EndsAt >= alert.StartsAt, "endsAt is not before startsAt");
        PropertyViolation.Unless(sent.Status != "resolved" || alert.IsResolvedAt(Now), "an alert sent resolved is resolved");
        PropertyViolation.Unless(alert.Fingerprint.Value == PrometheusFingerprint(alert.Labels), "the fingerprint is Prometheus's");
    }

    // model.LabelSet.Fingerprint written from its definition: FNV-1a 64 over "name 0xFF value 0xFF", names in byte order.
    private static ulong PrometheusFingerprint(LabelSet labels)
    {
        var pairs = labels.Select(p => (Name: Encoding.UTF8.GetBytes(p.Key), Value: Encoding.UTF8.GetBytes(p.Value))).ToList();
        pairs.Sort((a, b) => a.Name.AsSpan().SequenceCompareTo(b.Name));
        var hash = 14695981039346656037UL;
        foreach (var (name, value) in pairs)
        {
            foreach (var b in name.Append((byte)0xFF).Concat(value).Append((byte)0xFF))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }
        }

        return hash;
    }
}
