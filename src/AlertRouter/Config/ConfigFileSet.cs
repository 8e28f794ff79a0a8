using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>
/// The files a config is merged from: every <c>*.yml</c>/<c>*.yaml</c> under the given files and directories,
/// recursively, sorted by path. Directories named <c>prometheus</c> (Prometheus rule files kept next to the routing
/// rules, e.g. <c>rules/prometheus/</c>) and hidden directories are skipped.
/// </summary>
public static class ConfigFileSet
{
    public const string IgnoredDirectoryName = "prometheus";

    /// <summary>Full paths, sorted and de-duplicated; a path that does not exist is an error.</summary>
    public static IReadOnlyList<string> Enumerate(IEnumerable<string> paths, ICollection<ConfigError> errors)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var full = Path.GetFullPath(path.Trim(), Environment.CurrentDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                Walk(full, files);
            }
            else
            {
                errors.Add(new ConfigError(null, $"config path {Display(full)} does not exist"));
            }
        }

        return [.. files];
    }

    /// <summary>A path relative to the working directory when it lies below it, else absolute.</summary>
    public static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private static void Walk(string directory, SortedSet<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
            {
                files.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(sub);
            if (name != IgnoredDirectoryName && !name.StartsWith('.'))
            {
                Walk(sub, files);
            }
        }
    }
}
