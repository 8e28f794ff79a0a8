namespace AlertRouter.Intake;

/// <summary>The <c>outcome</c> label of <c>alertrouter_webhooks_received_total</c>.</summary>
internal static class IntakeOutcomeLabel
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Invalid = "invalid";
    public const string Unauthorized = "unauthorized";
    public const string TooLarge = "too_large";
    public const string Unavailable = "unavailable";

    public static readonly string[] All = [Accepted, Duplicate, Invalid, Unauthorized, TooLarge, Unavailable];
}
