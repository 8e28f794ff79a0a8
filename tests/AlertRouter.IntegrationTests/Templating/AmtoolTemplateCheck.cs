using System.Text.RegularExpressions;
using AlertRouter.IntegrationTests.Config;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// <c>amtool check-config</c> 0.25 on templates, in one amtool run. It parses every <c>templates:</c> file (with
/// text/template and html/template, so unknown functions fail too) but never looks at receiver fields: an inline
/// <c>{{ .X </c> in a Slack title passes and fails only at notify time.
/// </summary>
internal static partial class AmtoolTemplateCheck
{
    /// <summary>Each template as the one <c>templates:</c> file of its own config: null when amtool accepts it, else its message.</summary>
    public static Task<IReadOnlyDictionary<string, string?>> FilesAsync(IEnumerable<(string Name, string Template)> templates) =>
        CheckAsync(templates, (dir, name, template) =>
        {
            var file = Path.Combine(dir, name + ".tmpl");
            File.WriteAllText(file, template);
            return $"route: {{receiver: r}}\ntemplates: [{YamlText.Quote(file)}]\nreceivers: [{{name: r}}]\n";
        });

    /// <summary>Each template inline in a Slack title of its own config.</summary>
    public static Task<IReadOnlyDictionary<string, string?>> InlineAsync(IEnumerable<(string Name, string Template)> templates) =>
        CheckAsync(templates, (_, _, template) =>
            $"route: {{receiver: r}}\nreceivers:\n  - name: r\n    slack_configs:\n      - api_url: http://127.0.0.1:9/x\n        title: {YamlText.Quote(template)}\n");

    private static async Task<IReadOnlyDictionary<string, string?>> CheckAsync(IEnumerable<(string Name, string Template)> templates,
        Func<string, string, string, string> config)
    {
        var dir = Tools.TempDir("amtool-tmpl");
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, template) in templates)
        {
            var path = Path.Combine(dir, name + ".yml");
            await File.WriteAllTextAsync(path, config(dir, name, template));
            paths[path] = name;
        }

        var run = await AmtoolRunner.AmtoolAsync(["check-config", .. paths.Keys]);
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (Match block in BlockPattern().Matches(run.Stdout))
        {
            var last = block.Groups[2].Value.TrimEnd('\n').Split('\n')[^1];
            verdicts[paths[block.Groups[1].Value]] = last.StartsWith("  FAILED: ", StringComparison.Ordinal) ? last["  FAILED: ".Length..] : null;
        }

        Directory.Delete(dir, recursive: true);
        return verdicts.Count == paths.Count ? verdicts : throw new InvalidOperationException($"amtool answered for {verdicts.Count} of {paths.Count} configs:\n{run}");
    }

    [GeneratedRegex("Checking '([^']+)'(.*?)(?=Checking '|$)", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
