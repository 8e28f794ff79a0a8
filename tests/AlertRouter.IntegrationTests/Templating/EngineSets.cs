using System.Collections.Concurrent;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The engine's template sets the oracle's two phases correspond to (the defaults; the defaults plus the corpus files),
/// with every function up to Alertmanager 0.34 (what AlertRouter runs) or, for <c>alertmanagerVersion: "0.25"</c>,
/// only the functions the oracle has.
/// </summary>
internal static class EngineSets
{
    private static readonly ConcurrentDictionary<(bool Files, string? Version), TemplateSet> Sets = new();

    public static TemplateSet For(TemplateCase c, string? alertmanagerVersion = null) =>
        Sets.GetOrAdd((c.UsesFiles, alertmanagerVersion), key => key.Files
            ? TemplateSet.Load(globs: ["*.tmpl"], configDirectory: TemplateCorpus.FilesDirectory, TimeProvider.System, alertmanagerVersion: key.Version)
            : TemplateSet.Defaults(TimeProvider.System, alertmanagerVersion: key.Version));
}
