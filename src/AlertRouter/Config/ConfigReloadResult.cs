using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <param name="Changed">False when the files produced the config already serving (same hash).</param>
public sealed record ConfigReloadResult(bool Succeeded, bool Changed, RouterConfig? Config, IReadOnlyList<ConfigError> Errors);
