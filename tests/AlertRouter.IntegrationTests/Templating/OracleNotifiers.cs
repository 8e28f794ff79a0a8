using System.Globalization;
using System.Text.Json;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using AlertRouter.TestSupport;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// AlertRouter's notifiers and config loader for an oracle run: the run's receiver loaded from the YAML Alertmanager
/// was given (pointed at this test's capture servers), and the group Alertmanager's webhook recorded as the context.
/// </summary>
internal sealed class OracleNotifiers : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _directory = Tools.TempDir("oracle-notifiers");

    public OracleNotifiers()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddNotifiers();
        _provider = services.BuildServiceProvider();
    }

    public (IntegrationConfig? Integration, MessageTemplates? Templates, string Errors) Load(
        OracleRun run, IEnumerable<OracleDataset> datasets, string captureUrl, string smarthost)
    {
        var phase = run.Case.UsesFiles ? "files" : "main";
        var glob = run.Case.UsesFiles ? Path.Combine(TemplateCorpus.FilesDirectory, "*.tmpl") : null;
        var path = Path.Combine(_directory, run.Index.ToString(CultureInfo.InvariantCulture) + ".yml");
        File.WriteAllText(path, OracleConfig.Build(phase, [run], datasets, captureUrl, smarthost, glob));
        var loader = new ConfigLoader(new EnvironmentExpander(_ => null),
            [new TemplateConfigValidator(_provider.GetRequiredService<TemplateEngine>())], TimeProvider.System);
        var result = loader.Load([path]);
        return result.Config is { } config
            ? (config.Receivers[run.Receiver].Integrations.Single(), config.MessageTemplates, "")
            : (null, null, string.Join("\n", result.Errors));
    }

    public Task<DeliveryResult> NotifyAsync(IntegrationConfig config, NotificationContext context) =>
        _provider.GetRequiredService<NotifierRegistry>().NotifyAsync(config, context, CancellationToken.None);

    /// <summary>The notification behind a webhook payload: its group key, labels and alerts; "now" after every end.</summary>
    public static NotificationContext Context(string webhookJson, string receiver, MessageTemplates? templates)
    {
        using var doc = JsonDocument.Parse(webhookJson);
        var root = doc.RootElement;
        var alerts = root.GetProperty("alerts").EnumerateArray().Select(a =>
        {
            GoTime.TryParse(a.GetProperty("startsAt").GetString(), out var startsAt);
            GoTime.TryParse(a.GetProperty("endsAt").GetString(), out var endsAt);
            return new Alert(Labels(a.GetProperty("labels")), Labels(a.GetProperty("annotations")), startsAt, endsAt,
                a.GetProperty("generatorURL").GetString() ?? "");
        }).ToList();
        var now = alerts.Select(a => a.EndsAt).Append(alerts.Max(a => a.StartsAt)).Max().AddSeconds(1);
        return new NotificationContext(receiver, root.GetProperty("groupKey").GetString()!, Labels(root.GetProperty("groupLabels")),
            alerts, now, root.GetProperty("externalURL").GetString()!)
        {
            Templates = templates,
        };
    }

    private static LabelSet Labels(JsonElement map) =>
        map.ValueKind == JsonValueKind.Object
            ? LabelSet.From(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")))
            : LabelSet.Empty;

    public void Dispose() => _provider.Dispose();
}
