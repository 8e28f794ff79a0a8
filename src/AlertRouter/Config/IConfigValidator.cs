namespace AlertRouter.Config;

/// <summary>
/// An extra check run on every candidate config after it compiled, before it is swapped in (register as a singleton;
/// check-config runs them too). Report problems with <see cref="ConfigValidationContext.Error"/>; any error rejects the
/// config and keeps the previous one serving. The notifier stage uses this to compile templates.
/// </summary>
public interface IConfigValidator
{
    void Validate(ConfigValidationContext context);
}
