namespace AlertRouter.Notifiers.Templates;

/// <summary>One rendered field of a preview: its YAML name (<c>title</c>, <c>headers.Subject</c>), value or Go's error.</summary>
internal sealed record RenderedField(string Field, string Value, string? Error, TemplateFlavor Flavor);
