namespace AlertRouter.Config.Api;

/// <summary>The inhibit rule that mutes the alert and the fingerprints of the firing source alerts.</summary>
public sealed record InhibitedBy(string Rule, int RuleIndex, string? Source, IReadOnlyList<string> SourceFingerprints);
