namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>One event to send: its JSON body, and the alert it is about in <c>dedup_key_mode: alert</c>.</summary>
internal sealed record PagerDutyRequest(byte[] Body, string DedupKey, string? Fingerprint);
