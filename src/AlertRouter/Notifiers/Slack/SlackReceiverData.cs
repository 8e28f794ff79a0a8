namespace AlertRouter.Notifiers.Slack;

/// <summary>
/// The keys of <see cref="Delivered.ReceiverData"/> for a bot-token Slack integration with update_message: the
/// channel <em>id</em> (chat.update needs it, not the name) and the message's <c>ts</c>.
/// </summary>
internal static class SlackReceiverData
{
    public const string Channel = "channel";
    public const string Ts = "ts";

    public static IReadOnlyDictionary<string, string>? Of(string? channel, string? ts) =>
        string.IsNullOrEmpty(channel) || string.IsNullOrEmpty(ts)
            ? null
            : new Dictionary<string, string> { [Channel] = channel, [Ts] = ts };

    public static bool TryGet(IReadOnlyDictionary<string, string> data, out string channel, out string ts)
    {
        channel = data.GetValueOrDefault(Channel) ?? "";
        ts = data.GetValueOrDefault(Ts) ?? "";
        return channel.Length > 0 && ts.Length > 0;
    }
}
