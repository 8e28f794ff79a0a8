using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers.Wechat;

/// <summary>
/// <c>wechat_configs</c>: not paced, but a <c>Retry-After</c> holds every notification of the same corp and agent
/// (WeChat's limits are per application).
/// </summary>
internal sealed class WechatIntegration : Integration<WechatConfig, WechatNotifier>
{
    public override string Type => "wechat";

    public override object? ParseGlobals(GlobalScope scope) => WechatGlobals.Parse(scope);

    public override WechatConfig Parse(YamlNode node, IntegrationParseScope scope) => WechatParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(WechatConfig c) =>
        Texts(("message", c.Message), ("to_user", c.ToUser), ("to_party", c.ToParty), ("to_tag", c.ToTag), ("agent_id", c.AgentId));

    public override Pace? Pacing(WechatConfig c) => Pace.HeldOnly($"wechat:{c.CorpId}:{c.AgentId ?? ""}");

    public override string Describe(WechatConfig c) => $"corp {c.CorpId} at {Host(c.ApiUrl)}";

    public override void AddServices(IServiceCollection services)
    {
        base.AddServices(services);
        services.TryAddSingleton<WechatTokens>();
    }
}
