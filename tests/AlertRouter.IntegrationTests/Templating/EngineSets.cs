using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>The engine's template sets the oracle's two phases correspond to: the defaults, and the defaults plus the corpus files.</summary>
internal static class EngineSets
{
    private static readonly Lazy<TemplateSet> DefaultSet = new(() => TemplateSet.Defaults(TimeProvider.System));

    private static readonly Lazy<TemplateSet> FilesSet = new(() =>
        TemplateSet.Load(globs: ["*.tmpl"], configDirectory: TemplateCorpus.FilesDirectory, TimeProvider.System));

    public static TemplateSet For(TemplateCase c) => c.UsesFiles ? FilesSet.Value : DefaultSet.Value;
}
