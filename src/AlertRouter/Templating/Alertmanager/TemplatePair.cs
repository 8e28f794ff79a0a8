namespace AlertRouter.Templating.Alertmanager;

/// <summary>Alertmanager's <c>template.Pair</c>.</summary>
internal sealed record TemplatePair(string Name, string Value);
