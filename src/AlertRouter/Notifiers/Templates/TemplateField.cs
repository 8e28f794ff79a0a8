namespace AlertRouter.Notifiers.Templates;

/// <summary>One template-valued config field: its YAML name (e.g. <c>details.firing</c>, <c>fields[0].value</c>) and source.</summary>
internal sealed record TemplateField(string Name, string Source, TemplateFlavor Flavor = TemplateFlavor.Text);
