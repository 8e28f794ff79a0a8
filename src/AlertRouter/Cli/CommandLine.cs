using AlertRouter.Hosting;

namespace AlertRouter.Cli;

/// <summary>
/// One executable, several commands: <c>serve</c> (the default) and the config tools. Commands other than serve write
/// to the given writers so tests can run them in-process.
/// </summary>
internal static class CommandLine
{
    private const string Usage = """
        usage: AlertRouter [command] [options]

        commands:
          serve                 run the service (default)
          check-config          validate route files (amtool check-config style)
          routes test           show which receivers a label set reaches (amtool config routes test)
          routes show           draw the route tree (amtool config routes show)
          config show           print the merged configuration as one Alertmanager YAML
          receivers test NAME   send a test notification through every integration of a receiver
          template render       render a Go template against the config's templates (amtool template render)
          healthcheck           exit 0 when /health/live answers on the ops URL (container HEALTHCHECK)

        Settings: appsettings.json, AlertRouter__X environment variables or --AlertRouter:X=value (see README).
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help"))
        {
            return await ServeAsync(args);
        }

        return args[0] switch
        {
            "serve" => await ServeAsync(args[1..]),
            "-h" or "--help" or "help" => Help(Console.Out, 0),
            _ => await RunToolAsync(args, Console.Out, Console.Error),
        };
    }

    /// <summary>Runs a non-serve command with explicit writers (tests call this directly).</summary>
    public static async Task<int> RunToolAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (command, rest) = args switch
        {
            ["routes", "test", .. var r] => ("routes test", r),
            ["routes", "show", .. var r] => ("routes show", r),
            ["routes", .. var r] => ("routes show", r),
            ["config", "show", .. var r] => ("config show", r),
            ["receivers", "test", .. var r] => ("receivers test", r),
            ["template", "render", .. var r] => ("template render", r),
            [var c, .. var r] => (c, r),
            _ => ("", Array.Empty<string>()),
        };

        if (!Commands.TryGetValue(command, out var run))
        {
            await stderr.WriteLineAsync($"unknown command \"{string.Join(' ', args.Take(2))}\"");
            return Help(stderr, 2);
        }

        var context = new CliContext(CliContext.BuildConfiguration(rest, out var remaining), stdout, stderr);
        return await run(context, remaining);
    }

    /// <summary>Command name → handler; each tool lives in its own file in this folder.</summary>
    private static readonly Dictionary<string, Func<CliContext, string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["healthcheck"] = HealthcheckCommand.RunAsync,
        ["check-config"] = CheckConfigCommand.RunAsync,
        ["routes test"] = RoutesTestCommand.RunAsync,
        ["routes show"] = RoutesShowCommand.RunAsync,
        ["config show"] = ConfigShowCommand.RunAsync,
        ["receivers test"] = ReceiversTestCommand.RunAsync,
        ["template render"] = TemplateRenderCommand.RunAsync,
    };

    private static int Help(TextWriter writer, int code)
    {
        writer.WriteLine(Usage);
        return code;
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        await using var app = AlertRouterHost.Build(args);
        await app.RunAsync();
        return 0;
    }
}
