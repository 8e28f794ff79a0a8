using AlertRouter.Notifiers.Templates;
using AlertRouter.Yaml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertRouter.Notifiers;

/// <summary>
/// <see cref="IIntegration"/> for one config record and one notifier: the kind's folder overrides what differs from
/// the defaults (no globals, no template fields, not paced, cost 1, Delivery's attempt timeout).
/// </summary>
internal abstract class Integration<TConfig, TNotifier> : IIntegration
    where TConfig : IntegrationConfig
    where TNotifier : class, INotifier
{
    public abstract string Type { get; }

    public virtual object? ParseGlobals(GlobalScope scope) => null;

    public abstract TConfig Parse(YamlNode node, IntegrationParseScope scope);

    public virtual IEnumerable<TemplateField> TemplateFields(TConfig config) => [];

    public virtual Pace? Pacing(TConfig config) => null;

    public virtual int AttemptCost(TConfig config, NotificationContext context) => 1;

    public virtual TimeSpan? AttemptTimeout(TConfig config) => null;

    public abstract string Describe(TConfig config);

    /// <summary>By default the configured template fields; a kind with a message builder runs it instead.</summary>
    public virtual void Preview(TConfig config, NotificationContext context, IServiceProvider services)
    {
        var renderer = services.GetRequiredService<TemplateEngine>().For(Type, context);
        foreach (var field in TemplateFields(config))
        {
            renderer.Render(field.Name, field.Source, "", field.Flavor);
        }
    }

    public virtual void AddServices(IServiceCollection services) =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotifier, TNotifier>());

    IntegrationConfig IIntegration.Parse(YamlNode node, IntegrationParseScope scope) => Parse(node, scope);

    IEnumerable<TemplateField> IIntegration.TemplateFields(IntegrationConfig config) => TemplateFields(Typed(config));

    Pace? IIntegration.Pacing(IntegrationConfig config) => Pacing(Typed(config));

    int IIntegration.AttemptCost(IntegrationConfig config, NotificationContext context) => AttemptCost(Typed(config), context);

    TimeSpan? IIntegration.AttemptTimeout(IntegrationConfig config) => AttemptTimeout(Typed(config));

    string IIntegration.Describe(IntegrationConfig config) => Describe(Typed(config));

    void IIntegration.Preview(IntegrationConfig config, NotificationContext context, IServiceProvider services) =>
        Preview(Typed(config), context, services);

    /// <summary>Text-flavoured template fields, the null ones (Alertmanager's default content) left out.</summary>
    protected static IEnumerable<TemplateField> Texts(params (string Name, string? Source)[] fields) =>
        fields.Where(f => f.Source is not null).Select(f => new TemplateField(f.Name, f.Source!));

    /// <summary>The host (and port) of a URL, for <see cref="Describe"/>: never its path or query, which may hold tokens.</summary>
    protected static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : "(invalid URL)";

    /// <summary>The last four characters of a key, or stars when it is too short to show any.</summary>
    protected static string Last4(string value) => value.Length <= 4 ? new string('*', value.Length) : value[^4..];

    private TConfig Typed(IntegrationConfig config) =>
        config as TConfig ?? throw new ArgumentException($"the {Type} integration cannot handle a {config.Type} config", nameof(config));
}
