using System.Text;

namespace AlertRouter.Cli;

/// <summary>
/// <c>check-config [--config PATH]... [--strict]</c>: loads the config the way the service does and reports like
/// <c>amtool check-config</c>. All paths together form one config. With <c>--strict</c>, warnings (such as
/// unconfigured integrations) fail the check.
/// </summary>
internal static class CheckConfigCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var options = ConfigArguments.Parse(args, context);
        var strict = options.Flags.Contains("strict");
        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        var failures = result.Errors.Select(e => e.ToString()).ToList();
        if (strict)
        {
            failures.AddRange(result.Warnings.Select(w => $"{w} (--strict)"));
        }

        var sb = new StringBuilder($"Checking '{options.Label}'");
        if (failures.Count > 0)
        {
            sb.Append("  FAILED: ").Append(failures[0]).Append('\n');
            foreach (var failure in failures.Skip(1))
            {
                sb.Append("  ").Append(failure).Append('\n');
            }

            await context.Stdout.WriteAsync(sb.Append('\n').ToString());
            return await CliConfigLoading.FailAsync(context, "failed to validate 1 file(s)");
        }

        var config = result.Config!;
        sb.Append("  SUCCESS\nFound:\n - global config\n - route\n")
            .Append($" - {config.InhibitRules.Count} inhibit rules\n")
            .Append($" - {config.Receivers.Count} receivers\n")
            .Append($" - {config.TemplateFiles.Count} templates\n");
        if (result.Warnings.Count > 0)
        {
            sb.Append("Warnings:\n");
            foreach (var warning in result.Warnings)
            {
                sb.Append(" - ").Append(warning).Append('\n');
            }
        }

        await context.Stdout.WriteAsync(sb.Append('\n').ToString());
        return 0;
    }
}
