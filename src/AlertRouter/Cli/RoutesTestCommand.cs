using AlertRouter.Model;
using AlertRouter.Routing;

namespace AlertRouter.Cli;

/// <summary>
/// <c>routes test [--config PATH]... [--tree] [--verify.receivers=a,b] label=value...</c>: prints what
/// <c>amtool config routes test</c> (0.25) prints, with the same exit codes. Labels use the classic matcher syntax.
/// </summary>
internal static class RoutesTestCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var options = ConfigArguments.Parse(args, context, "verify.receivers");
        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        if (result.Config is null)
        {
            return await CliConfigLoading.FailAsync(context, string.Join('\n', result.Errors));
        }

        LabelSet labels;
        try
        {
            labels = ParseLabels(options.Positional);
        }
        catch (MatcherParseException e)
        {
            return await CliConfigLoading.FailAsync(context, $"Failed to parse labels: {e.Message}");
        }

        var root = result.Config.Root;
        if (options.Flags.Contains("tree"))
        {
            await context.Stdout.WriteAsync("Matching routes:\n" + RouteTreePrinter.Matching(root, labels) + "\n\n");
        }

        var receivers = string.Join(',', root.Match(labels).Select(r => r.Options.Receiver));
        await context.Stdout.WriteAsync(receivers + "\n");
        if (options.Values.TryGetValue("verify.receivers", out var expected) && expected.Length > 0 && expected != receivers)
        {
            await context.Stdout.WriteAsync("WARNING: Expected receivers did not match resolved receivers.\n");
            return 1;
        }

        return 0;
    }

    // amtool's parseLabels: each argument is one classic matcher with '='; a repeated name keeps the last value.
    private static LabelSet ParseLabels(IEnumerable<string> args)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var matcher = MatcherParser.ParseOne(arg, MatcherParseMode.Classic).Matchers[0];
            if (matcher.Type != MatcherType.Equal)
            {
                throw new MatcherParseException("labels must be specified as key=value pairs");
            }

            pairs[matcher.Name] = matcher.Value;
        }

        return LabelSet.From(pairs);
    }
}
