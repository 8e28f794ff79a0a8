namespace AlertRouter.Cli;

/// <summary>What a tool command gets: the service's configuration (same sources as serve) and its output writers.</summary>
internal sealed record CliContext(IConfiguration Configuration, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>
    /// appsettings.json, AlertRouter__ environment variables and <c>--AlertRouter:X=value</c> arguments, as serve reads
    /// them; every other argument is returned for the command to parse.
    /// </summary>
    public static IConfiguration BuildConfiguration(string[] args, out string[] remaining)
    {
        var settings = args.Where(a => a.StartsWith("--AlertRouter:", StringComparison.OrdinalIgnoreCase)).ToArray();
        remaining = args.Where(a => !a.StartsWith("--AlertRouter:", StringComparison.OrdinalIgnoreCase)).ToArray();
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
    }
}
