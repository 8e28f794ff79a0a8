using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Cli;

/// <summary>
/// <c>template render [--config PATH]... --template TEXT [--type text|html] [--data FILE] [--template.glob GLOB]...</c>:
/// renders TEXT against the config's templates (Alertmanager's defaults, then its <c>templates:</c> files, then each
/// GLOB) and prints it, as amtool's <c>template render</c> (0.27+) does. amtool's flag names (<c>--template.text</c>,
/// <c>--template.type</c>, <c>--template.data</c>) work too. Without <c>--data</c> the data is amtool's example.
/// </summary>
internal static class TemplateRenderCommand
{
    private const string GlobFlag = "--template.glob";

    public static async Task<int> RunAsync(CliContext context, string[] args)
    {
        var (globs, rest) = TakeGlobs(args);
        var options = ConfigArguments.Parse(rest, context, "template", "template.text", "type", "template.type", "data", "template.data");
        if (Value(options, "template", "template.text") is not { } text)
        {
            return await CliConfigLoading.FailAsync(context, "required flag --template not provided");
        }

        var type = Value(options, "type", "template.type") ?? "text";
        if (type is not ("text" or "html"))
        {
            return await CliConfigLoading.FailAsync(context, $"enum value must be one of html,text, got '{type}'");
        }

        var result = CliConfigLoading.Load(context, options.ConfigPaths);
        if (result.Config is null)
        {
            return await CliConfigLoading.FailAsync(context, string.Join('\n', result.Errors));
        }

        TemplateData data;
        try
        {
            var file = Value(options, "data", "template.data");
            data = file is null ? TemplateDataFile.Example(TimeProvider.System.GetUtcNow()) : TemplateDataFile.Parse(await File.ReadAllBytesAsync(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return await CliConfigLoading.FailAsync(context, e.Message);
        }

        try
        {
            // The config's own set (its templates: relative to the file naming them), then the extra globs from here.
            var loaded = result.Config.MessageTemplates?.Set ?? TemplateSet.Defaults(TimeProvider.System);
            var set = globs.Count == 0 ? loaded : TemplateSet.Load([.. loaded.Files, .. globs], Directory.GetCurrentDirectory(), TimeProvider.System);
            var compiled = type == "html" ? set.CompileHtml(text) : set.CompileText(text);
            var rendered = compiled.Execute(AlertmanagerTypes.ValueOf(data));
            await context.Stdout.WriteAsync(rendered);
            return 0;
        }
        catch (TemplateException e)
        {
            return await CliConfigLoading.FailAsync(context, e.Message);
        }
    }

    private static string? Value(ConfigArguments options, string name, string amtoolName) =>
        options.Values.TryGetValue(name, out var v) || options.Values.TryGetValue(amtoolName, out v) ? v : null;

    /// <summary>--template.glob repeats (amtool's StringsVar); the shared parser keeps one value per flag.</summary>
    private static (List<string> Globs, string[] Others) TakeGlobs(string[] args)
    {
        var globs = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(GlobFlag + "=", StringComparison.Ordinal))
            {
                globs.Add(args[i][(GlobFlag.Length + 1)..]);
            }
            else if (args[i] == GlobFlag && i + 1 < args.Length)
            {
                globs.Add(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (globs, [.. rest]);
    }
}
