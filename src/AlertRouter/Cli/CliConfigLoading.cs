using AlertRouter.Config;
using AlertRouter.Hosting;
using AlertRouter.Yaml;

namespace AlertRouter.Cli;

/// <summary>Loads a config for a tool command with the same validators the service runs.</summary>
internal static class CliConfigLoading
{
    public static ConfigLoadResult Load(CliContext context, IEnumerable<string> paths)
    {
        // The validators come from the service's own registrations (templates and other stage checks).
        var services = new ServiceCollection().AddLogging().AddAlertRouter(context.Configuration);
        using var provider = services.BuildServiceProvider();
        var loader = new ConfigLoader(EnvironmentExpander.Process, provider.GetServices<IConfigValidator>().ToList(), TimeProvider.System);
        return loader.Load(paths);
    }

    /// <summary>amtool-style fatal error: the message and a blank line on stderr, exit code 1.</summary>
    public static async Task<int> FailAsync(CliContext context, string message, bool blankLine = true)
    {
        await context.Stderr.WriteAsync(ConfigArguments.ErrorPrefix + message + "\n" + (blankLine ? "\n" : ""));
        return 1;
    }
}
