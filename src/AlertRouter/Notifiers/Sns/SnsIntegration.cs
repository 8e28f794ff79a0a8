using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Sns;

/// <summary>
/// <c>sns_configs</c>: SNS's Publish quotas are per account and region and in the thousands per second
/// (https://docs.aws.amazon.com/general/latest/gr/sns.html), far above one notification per group, so a destination
/// is not paced, but a throttling answer holds every notification to that topic, target or number.
/// </summary>
internal sealed class SnsIntegration : Integration<SnsConfig, SnsNotifier>
{
    public override string Type => "sns";

    public override SnsConfig Parse(YamlNode node, IntegrationParseScope scope) => SnsParser.Parse(node, scope);

    public override IEnumerable<TemplateField> TemplateFields(SnsConfig c) =>
        Texts(("api_url", c.ApiUrl), ("topic_arn", c.TopicArn), ("phone_number", c.PhoneNumber), ("target_arn", c.TargetArn),
            ("subject", c.Subject), ("message", c.Message))
        .Concat(Texts([.. c.Attributes.Select(a => ($"attributes.{a.Key}", (string?)a.Value))]));

    public override Pace? Pacing(SnsConfig c) => Pace.HeldOnly("sns:" + Pace.Hash($"{c.SigV4.Region}|{c.TopicArn}|{c.TargetArn}|{c.PhoneNumber}"));

    public override string Describe(SnsConfig c) => c switch
    {
        { TopicArn: { } topic } => $"topic {topic}",
        { TargetArn: { } target } => $"target {target}",
        { PhoneNumber: { } phone } => $"phone …{Last4(phone)}",
        _ => Type,
    };
}
