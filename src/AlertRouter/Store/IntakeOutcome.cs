namespace AlertRouter.Store;

/// <param name="ReceiptId">The receipt of the webhook as first recorded (a duplicate gets the original's).</param>
/// <param name="Duplicate">The same content was already recorded within the dedup window; nothing was changed.</param>
public sealed record IntakeOutcome(string ReceiptId, bool Duplicate, int Accepted);
