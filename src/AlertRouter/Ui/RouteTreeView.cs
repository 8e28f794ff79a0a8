using System.Text.Json.Serialization;

namespace AlertRouter.Ui;

/// <summary>Answer of <c>GET /api/v1/routes</c>: the serving route tree, for drawing.</summary>
internal sealed record RouteTreeView(
    [property: JsonPropertyName("configHash")] string ConfigHash,
    [property: JsonPropertyName("root")] RouteNodeView Root,
    [property: JsonPropertyName("inhibitRules")] IReadOnlyList<InhibitRuleView> InhibitRules,
    [property: JsonPropertyName("timeIntervals")] IReadOnlyList<string> TimeIntervals);

/// <summary>One route node with its effective settings (after inheritance), as <c>POST /api/v1/routes/test</c> reports them.</summary>
internal sealed record RouteNodeView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("matchers")] IReadOnlyList<string> Matchers,
    [property: JsonPropertyName("receiver")] string Receiver,
    [property: JsonPropertyName("groupBy")] IReadOnlyList<string> GroupBy,
    [property: JsonPropertyName("groupByAll")] bool GroupByAll,
    [property: JsonPropertyName("groupWait")] string GroupWait,
    [property: JsonPropertyName("groupInterval")] string GroupInterval,
    [property: JsonPropertyName("repeatInterval")] string RepeatInterval,
    [property: JsonPropertyName("continue")] bool Continue,
    [property: JsonPropertyName("muteTimeIntervals")] IReadOnlyList<string> MuteTimeIntervals,
    [property: JsonPropertyName("activeTimeIntervals")] IReadOnlyList<string> ActiveTimeIntervals,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("children")] IReadOnlyList<RouteNodeView> Children);

internal sealed record InhibitRuleView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sourceMatchers")] IReadOnlyList<string> SourceMatchers,
    [property: JsonPropertyName("targetMatchers")] IReadOnlyList<string> TargetMatchers,
    [property: JsonPropertyName("equal")] IReadOnlyList<string> Equal,
    [property: JsonPropertyName("source")] string? Source);
