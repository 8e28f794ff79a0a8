using AlertRouter.Config;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;

namespace AlertRouter.Tests.Config;

/// <summary>Loads YAML written to a temporary folder, with a fixed environment and clock.</summary>
internal static class TestConfigs
{
    public static ConfigLoadResult Load(string yaml, IReadOnlyDictionary<string, string>? env = null, IEnumerable<IConfigValidator>? validators = null) =>
        LoadFiles(new Dictionary<string, string> { ["alertmanager.yml"] = yaml }, env, validators).Result;

    public static RouterConfig LoadValid(string yaml, IReadOnlyDictionary<string, string>? env = null)
    {
        var result = Load(yaml, env);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Config!;
    }

    /// <summary>Writes each (relative path → text) under a new folder and loads the folder.</summary>
    public static (ConfigLoadResult Result, string Dir) LoadFiles(
        IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? env = null, IEnumerable<IConfigValidator>? validators = null)
    {
        var dir = Tools.TempDir("config");
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return (Loader(env, validators).Load([dir]), dir);
    }

    public static ConfigLoader Loader(IReadOnlyDictionary<string, string>? env = null, IEnumerable<IConfigValidator>? validators = null) =>
        new(new EnvironmentExpander(name => env is not null && env.TryGetValue(name, out var v) ? v : null), validators ?? [], new ManualTimeProvider());

    /// <summary>The error messages without their <c>path:line:col: </c> prefixes.</summary>
    public static IReadOnlyList<string> Messages(ConfigLoadResult result) => result.Errors.Select(e => e.Message).ToList();
}
