namespace AlertRouter.Notifiers;

/// <summary>
/// A configured secret (routing key, webhook URL, token, password). It prints as <c>&lt;secret&gt;</c> everywhere;
/// only a notifier building its request calls <see cref="Reveal"/>.
/// </summary>
public sealed class Secret(string value)
{
    public const string Redacted = "<secret>";

    public string Reveal() => value;

    public override string ToString() => Redacted;
}
