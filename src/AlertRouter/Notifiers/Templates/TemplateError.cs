namespace AlertRouter.Notifiers.Templates;

/// <summary>A template that cannot work: <see cref="Field"/> is the YAML field name within the integration.</summary>
public sealed record TemplateError(string Field, string Message)
{
    public override string ToString() => $"template in field {Field}: {Message}";
}
