namespace AlertRouter.Notifiers.Pushover;

/// <summary>
/// Where Pushover messages go. Alertmanager fixes the URL, and so does the config; tests point it at a capture server
/// (as Alertmanager's own notifier keeps an <c>apiURL</c> for its tests).
/// </summary>
internal sealed class PushoverEndpoint
{
    public const string Default = "https://api.pushover.net/1/messages.json";

    public string Url { get; set; } = Default;
}
