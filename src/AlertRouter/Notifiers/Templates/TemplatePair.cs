namespace AlertRouter.Notifiers.Templates;

/// <summary>One label or annotation, as <c>sortedPairs</c> returns it (<c>{{Name}}</c>, <c>{{Value}}</c>).</summary>
internal sealed record TemplatePair(string Name, string Value);
