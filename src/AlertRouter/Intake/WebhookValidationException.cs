namespace AlertRouter.Intake;

/// <summary>A webhook that cannot be accepted; <see cref="Field"/> is the JSON path at fault (e.g. <c>alerts[0].labels</c>).</summary>
internal sealed class WebhookValidationException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}
