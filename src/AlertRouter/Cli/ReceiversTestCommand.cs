using System.Globalization;
using System.Text;
using AlertRouter.Core;
using AlertRouter.Delivery;
using AlertRouter.Delivery.Api;
using AlertRouter.Notifiers;

namespace AlertRouter.Cli;

/// <summary>
/// <c>receivers test NAME [--config PATH]... [label=value]...</c>: the CLI twin of
/// <c>POST /api/v1/receivers/{name}/test</c>. Sends a test notification (a synthetic <c>AlertRouterTest</c> alert
/// unless labels are given) through every integration of the receiver, at once, with the real notifiers, templates
/// and resilience pipeline, and without a store. Exit 0 when every integration delivered, 1 otherwise (or when the
/// config does not load), 2 for an unknown receiver or a usage error.
/// </summary>
internal static class ReceiversTestCommand
{
    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var options = ConfigArguments.Parse(args, context);
        if (options.Positional.Count == 0)
        {
            await context.Stderr.WriteLineAsync(ConfigArguments.ErrorPrefix + "usage: receivers test NAME [--config PATH]... [label=value]...");
            return 2;
        }

        var name = options.Positional[0];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in options.Positional.Skip(1))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                await context.Stderr.WriteLineAsync(ConfigArguments.ErrorPrefix + $"labels must be label=value, not \"{pair}\"");
                return 2;
            }

            labels[pair[..eq]] = pair[(eq + 1)..];
        }

        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        if (result.Config is null)
        {
            return await CliConfigLoading.FailAsync(context, string.Join('\n', result.Errors));
        }

        if (!result.Config.Receivers.TryGetValue(name, out var receiver))
        {
            await context.Stderr.WriteLineAsync(ConfigArguments.ErrorPrefix +
                $"no receiver named \"{name}\" in '{options.Label}' (receivers: {string.Join(", ", result.Config.Receivers.Keys.Order(StringComparer.Ordinal))})");
            return 2;
        }

        await using var services = BuildServices(context.Configuration);
        var tester = services.GetRequiredService<ReceiverTester>();
        var request = labels.Count > 0 ? new ReceiverTestRequest(labels, null) : null;
        var outcome = await tester.TestAsync(receiver, request, result.Config.MessageTemplates, CancellationToken.None);
        await context.Stdout.WriteAsync(Format(outcome));
        return outcome.Delivered ? 0 : 1;
    }

    /// <summary>The sending half of the service: notifiers, lanes (Polly pipelines) and the tester; no store, no loops.</summary>
    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(configuration);
        services.AddOptions<AlertRouterOptions>().BindConfiguration(AlertRouterOptions.Section);
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.AddNotifiers();
        services.AddSingleton<LaneRegistry>();
        services.AddSingleton<LaneSender>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<NotificationContexts>();
        services.AddSingleton<ReceiverTester>();
        return services.BuildServiceProvider();
    }

    private static string Format(ReceiverTestResult result)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"receiver \"{result.Receiver}\": {result.Integrations.Count} integration(s)\n");
        var width = result.Integrations.Select(i => i.Integration.Length).DefaultIfEmpty(0).Max();
        foreach (var i in result.Integrations)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"  {i.Integration.PadRight(width)}  {i.Outcome,-16}  status {(i.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-"),-3}  {i.DurationMs,8:0.0} ms  {i.Attempts} attempt(s)");
            if (i.Error is { Length: > 0 } error)
            {
                sb.Append("  error: ").Append(error.ReplaceLineEndings(" "));
            }

            sb.Append('\n');
        }

        var failed = result.Integrations.Count(i => i.Outcome != "delivered");
        sb.Append(result.Integrations.Count == 0 ? "OK: the receiver has no integrations; nothing was sent\n"
            : failed == 0 ? "OK: every integration delivered\n"
            : $"FAILED: {failed} of {result.Integrations.Count} integration(s) did not deliver\n");
        return sb.ToString();
    }
}
