using AlertRouter.Routing;

namespace AlertRouter.Cli;

/// <summary><c>routes show [--config PATH]...</c>: the tree drawing of <c>amtool config routes show</c>.</summary>
internal static class RoutesShowCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var options = ConfigArguments.Parse(args, context);
        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        if (result.Config is null)
        {
            return await CliConfigLoading.FailAsync(context, string.Join('\n', result.Errors), blankLine: false);
        }

        await context.Stdout.WriteAsync("Routing tree:\n" + RouteTreePrinter.Show(result.Config.Root) + "\n");
        return 0;
    }
}
