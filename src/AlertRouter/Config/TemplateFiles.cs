using AlertRouter.Notifiers.Templates;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;
using AlertRouter.Yaml;

namespace AlertRouter.Config;

/// <summary>
/// Loads the <c>templates:</c> globs of a config as Alertmanager does at each load: its default templates first, then
/// every matching file in order, so that a later <c>define</c> overrides an earlier one. A relative glob is relative
/// to the file that names it. A file that does not parse is an error at the glob's place, with Go's message.
/// </summary>
internal static class TemplateFiles
{
    public static MessageTemplates? Load(IReadOnlyList<YamlNode> entries, ParseContext ctx, TimeProvider time)
    {
        var globs = new List<(YamlNode Node, string Pattern)>();
        foreach (var entry in entries)
        {
            if (entry is not YamlScalar { IsNull: false } glob)
            {
                ctx.Error(entry, $"cannot unmarshal {entry.KindTag} into string");
                continue;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(glob.Location.File)) ?? "";
            globs.Add((glob, Path.IsPathRooted(glob.Value) ? glob.Value : Path.Combine(directory, glob.Value)));
        }

        try
        {
            return new MessageTemplates(TemplateSet.Load(globs.Select(g => g.Pattern), "", time));
        }
        catch (TemplateParseException e)
        {
            var place = globs.FirstOrDefault(g => e.File is { } file && (file == g.Pattern || Expands(g.Pattern, file))).Node ?? globs[0].Node;
            ctx.Error(place, $"failed to parse templates: {e.Message}");
            return null;
        }
    }

    private static bool Expands(string pattern, string file)
    {
        try
        {
            return GoGlob.Expand(pattern).Contains(file, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
