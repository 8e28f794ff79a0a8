using System.Collections.Concurrent;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>
/// Access tokens per API URL, corp id and secret, kept two hours as Alertmanager keeps them (WeChat's
/// <c>expires_in</c> is 7200 s); a 42001 answer (token expired) drops one early.
/// </summary>
internal sealed class WechatTokens(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset At)> _tokens = new(StringComparer.Ordinal);

    public string? Get(WechatConfig config) =>
        _tokens.TryGetValue(Key(config), out var t) && time.GetUtcNow() - t.At <= Lifetime ? t.Token : null;

    public void Set(WechatConfig config, string token) => _tokens[Key(config)] = (token, time.GetUtcNow());

    public void Drop(WechatConfig config) => _tokens.TryRemove(Key(config), out _);

    private static string Key(WechatConfig config) => $"{config.ApiUrl}\n{config.CorpId}\n{Pace.Hash(config.ApiSecret.Reveal())}";
}
