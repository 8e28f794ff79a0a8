using System.Collections.Frozen;
using AlertRouter.Inhibition;
using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using AlertRouter.Routing;
using AlertRouter.Routing.TimeIntervals;
using Route = AlertRouter.Routing.Route;
using AlertRouter.Yaml;
using Microsoft.Extensions.Primitives;

namespace AlertRouter.Config;

/// <summary>
/// One loaded configuration: an immutable snapshot, swapped whole on reload. Read <c>provider.Current</c> once per
/// unit of work and use that snapshot throughout; <see cref="ChangeToken"/> fires when a newer one replaces it.
/// </summary>
public sealed class RouterConfig
{
    private readonly CancellationTokenSource _changed = new();

    internal RouterConfig(Route root, IReadOnlyList<InhibitRule> inhibitRules, IReadOnlyList<Receiver> receivers,
        IReadOnlyList<NamedTimeInterval> timeIntervals, GlobalConfig global)
    {
        Root = root;
        RoutesById = root.Walk().ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        InhibitRules = inhibitRules;
        Receivers = receivers.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        ReceiverList = receivers;
        TimeIntervals = timeIntervals.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        Global = global;
        ChangeToken = new CancellationChangeToken(_changed.Token);
    }

    public Route Root { get; }

    /// <summary>Every route by its unique <see cref="Route.Id"/>.</summary>
    public FrozenDictionary<string, Route> RoutesById { get; }

    public IReadOnlyList<InhibitRule> InhibitRules { get; }

    public FrozenDictionary<string, Receiver> Receivers { get; }

    /// <summary>The receivers in config order.</summary>
    public IReadOnlyList<Receiver> ReceiverList { get; }

    /// <summary>Named intervals from <c>time_intervals</c> and legacy <c>mute_time_intervals</c>.</summary>
    public FrozenDictionary<string, NamedTimeInterval> TimeIntervals { get; }

    public GlobalConfig Global { get; }

    /// <summary>Lowercase hex SHA-256 of the canonical merged config (secrets included, so a changed secret changes it).</summary>
    public string Hash { get; internal init; } = "";

    public DateTimeOffset LoadedAt { get; internal init; }

    /// <summary>The files the config was merged from, in load order (paths as given, relative where possible).</summary>
    public IReadOnlyList<string> Sources { get; internal set; } = [];

    public IReadOnlyList<ConfigWarning> Warnings { get; internal set; } = [];

    /// <summary>Alertmanager <c>templates:</c> globs as written.</summary>
    public IReadOnlyList<string> TemplateFiles { get; internal init; } = [];

    /// <summary>
    /// The default templates and the <c>templates:</c> files of this load, with every field compiled against them
    /// once; null only for a config not made by <see cref="ConfigLoader"/>, which renders with the defaults.
    /// </summary>
    internal MessageTemplates? MessageTemplates { get; init; }

    /// <summary>Template-valued fields with their places, as given to <see cref="IConfigValidator"/>s.</summary>
    public IReadOnlyList<TemplateSource> Templates { get; internal init; } = [];

    /// <summary>The merged config in Alertmanager YAML with secrets as <c>&lt;secret&gt;</c> (what <c>config show</c> prints).</summary>
    public string RedactedYaml { get; internal init; } = "";

    /// <summary>Same as <see cref="RedactedYaml"/> with secrets revealed; only <c>config show --show-secrets</c> prints it.</summary>
    internal string RevealedYaml { get; init; } = "";

    /// <summary>Fires (once) when a newer snapshot replaces this one.</summary>
    public IChangeToken ChangeToken { get; }

    /// <summary>True when <paramref name="name"/> contains <paramref name="at"/>; false for unknown names.</summary>
    public bool IntervalContains(string name, DateTimeOffset at) => TimeIntervals.TryGetValue(name, out var interval) && interval.Contains(at);

    internal void SignalChanged() => _changed.Cancel();
}
