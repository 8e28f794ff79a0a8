using AlertRouter.Model;

namespace AlertRouter.Inhibition;

/// <summary>Why a target alert is inhibited: the first rule (in config order) that inhibits it and every live source alert of that rule.</summary>
public sealed record Inhibition(InhibitRule Rule, IReadOnlyList<Fingerprint> SourceFingerprints);
