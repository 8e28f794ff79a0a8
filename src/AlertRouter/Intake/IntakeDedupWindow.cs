namespace AlertRouter.Intake;

/// <summary>How long a webhook's content hash is remembered, so a redelivery within it is recorded once.</summary>
public sealed record IntakeDedupWindow(TimeSpan Value);
