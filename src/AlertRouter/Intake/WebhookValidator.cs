using AlertRouter.Model;

namespace AlertRouter.Intake;

/// <summary>
/// Turns a deserialized webhook into alerts, or names the first field at fault. Follows Alertmanager's own rules
/// where it has them: labels with empty values are dropped, at least one label pair is required, a missing startsAt
/// becomes endsAt (or now), and the fingerprint is recomputed from the labels rather than trusted.
/// </summary>
internal static class WebhookValidator
{
    public static IReadOnlyList<Alert> Validate(WebhookMessage? message, DateTimeOffset now, int maxLabels)
    {
        if (message is null)
        {
            throw new WebhookValidationException("$", "body must be a JSON object");
        }

        if (message.Version != "4")
        {
            throw new WebhookValidationException("version", message.Version is null
                ? "missing; Alertmanager's webhook sends \"4\""
                : $"\"{Truncate(message.Version)}\" is not supported; only version \"4\" is");
        }

        if (message.Status is not (null or "firing" or "resolved"))
        {
            throw new WebhookValidationException("status", "must be \"firing\" or \"resolved\"");
        }

        if (message.Alerts is null || message.Alerts.Count == 0)
        {
            throw new WebhookValidationException("alerts", "at least one alert is required");
        }

        var alerts = new List<Alert>(message.Alerts.Count);
        for (var i = 0; i < message.Alerts.Count; i++)
        {
            alerts.Add(ValidateAlert(message.Alerts[i], $"alerts[{i}]", now, maxLabels));
        }

        return alerts;
    }

    private static Alert ValidateAlert(WebhookAlert? alert, string path, DateTimeOffset now, int maxLabels)
    {
        if (alert is null)
        {
            throw new WebhookValidationException(path, "must be an object");
        }

        var labels = Labels(alert.Labels, $"{path}.labels", maxLabels, dropEmpty: true);
        if (labels.Count == 0)
        {
            throw new WebhookValidationException($"{path}.labels", "at least one label pair required");
        }

        var annotations = Labels(alert.Annotations, $"{path}.annotations", int.MaxValue, dropEmpty: false);
        var endsAt = Time(alert.EndsAt, $"{path}.endsAt");
        var startsAt = Time(alert.StartsAt, $"{path}.startsAt");
        if (GoTime.IsZero(startsAt))
        {
            startsAt = GoTime.IsZero(endsAt) ? now : endsAt;
        }

        switch (alert.Status)
        {
            case null or "firing":
                break;
            case "resolved" when GoTime.IsZero(endsAt) || endsAt > now:
                // A resolved alert without a past end time ends now; firing is decided by endsAt alone.
                endsAt = now;
                break;
            case "resolved":
                break;
            default:
                throw new WebhookValidationException($"{path}.status", "must be \"firing\" or \"resolved\"");
        }

        if (!GoTime.IsZero(endsAt) && endsAt < startsAt)
        {
            throw new WebhookValidationException($"{path}.endsAt", "start time must be before end time");
        }

        return new Alert(labels, annotations, startsAt, endsAt, alert.GeneratorUrl ?? "");
    }

    private static LabelSet Labels(Dictionary<string, string?>? source, string path, int max, bool dropEmpty)
    {
        if (source is null)
        {
            return LabelSet.Empty;
        }

        if (source.Count > max)
        {
            throw new WebhookValidationException(path, $"{source.Count} labels is more than the limit of {max}");
        }

        var pairs = new List<KeyValuePair<string, string>>(source.Count);
        foreach (var (name, value) in source)
        {
            if (!IsValidName(name))
            {
                throw new WebhookValidationException(path, $"invalid label name \"{Truncate(name)}\"");
            }

            if (value is null)
            {
                throw new WebhookValidationException($"{path}.{Truncate(name)}", "must be a string, not null");
            }

            if (!dropEmpty || value.Length > 0)
            {
                pairs.Add(KeyValuePair.Create(name, value));
            }
        }

        return LabelSet.From(pairs);
    }

    // UTF-8 label names are valid in current Prometheus and Alertmanager; only empty names and control characters,
    // which no exposition format can carry, are refused.
    private static bool IsValidName(string name) => name.Length > 0 && !name.Any(c => char.IsControl(c));

    private static DateTimeOffset Time(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            return GoTime.Zero;
        }

        return GoTime.TryParse(text, out var time)
            ? time
            : throw new WebhookValidationException(path, $"\"{Truncate(text)}\" is not an RFC 3339 time");
    }

    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
