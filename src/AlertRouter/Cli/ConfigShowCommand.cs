namespace AlertRouter.Cli;

/// <summary>
/// <c>config show [--config PATH]... [--show-secrets]</c>: the merged config as one Alertmanager YAML document that
/// <c>amtool check-config</c> accepts. Secrets print as <c>&lt;secret&gt;</c> unless <c>--show-secrets</c>.
/// </summary>
internal static class ConfigShowCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var options = ConfigArguments.Parse(args, context);
        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        if (result.Config is null)
        {
            return await CliConfigLoading.FailAsync(context, string.Join('\n', result.Errors));
        }

        await context.Stdout.WriteAsync(options.Flags.Contains("show-secrets") ? result.Config.RevealedYaml : result.Config.RedactedYaml);
        return 0;
    }
}
