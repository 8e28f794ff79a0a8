using AlertRouterOptions = AlertRouter.Core.AlertRouterOptions;

namespace AlertRouter.Cli;

/// <summary>
/// The options shared by the config tools: <c>--config PATH</c> (repeatable, files or directories; default the
/// configured <c>AlertRouter:ConfigPaths</c>) and tool flags, with the remaining positional arguments.
/// </summary>
internal sealed class ConfigArguments
{
    public const string ErrorPrefix = "AlertRouter: error: ";

    private ConfigArguments()
    {
    }

    public List<string> ConfigPaths { get; } = [];

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/>; <paramref name="valueOptions"/> take a value (<c>--x=v</c> or <c>--x v</c>).</summary>
    public static ConfigArguments Parse(string[] args, CliContext context, params string[] valueOptions)
    {
        var parsed = new ConfigArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                parsed.Positional.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (name is "config" or "config.file" || valueOptions.Contains(name))
            {
                var value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new ArgumentException($"--{name} needs a value");
                if (name is "config" or "config.file")
                {
                    parsed.ConfigPaths.Add(value);
                }
                else
                {
                    parsed.Values[name] = value;
                }
            }
            else
            {
                parsed.Flags.Add(name);
            }
        }

        if (parsed.ConfigPaths.Count == 0)
        {
            var configured = context.Configuration[$"{AlertRouterOptions.Section}:ConfigPaths"] ?? "routes;rules";
            parsed.ConfigPaths.AddRange(configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(AlertRouterOptions.ResolvePath));
        }

        return parsed;
    }

    public string Label => string.Join(';', ConfigPaths.Select(p => Config.ConfigFileSet.Display(Path.GetFullPath(p))));
}
