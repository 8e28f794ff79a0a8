using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;
using AlertRouter.TestSupport;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Config compatibility with Alertmanager 0.25, on the corpus, the malformed set and the generated sample. Template
/// files: the engine loads exactly the files <c>amtool check-config</c> accepts (amtool parses them). Inline receiver
/// fields: amtool never checks them, and Alertmanager fails at notify time; the engine rejects at load exactly the
/// fields Alertmanager could not parse (an unknown function is a parse error in Go), and accepts those that parse but
/// fail when executed. Both hold exactly with the engine limited to 0.25's functions; with every function up to 0.34
/// (AlertRouter's default) the one difference is deliberate: templates using a function a later Alertmanager added
/// (<see cref="TemplateCase.AcceptedSince"/>) are accepted, so a config written for a newer Alertmanager works.
/// </summary>
[Collection(TemplateOracleCollection.Name)]
public class TemplateConfigCompatibilityTests(AlertmanagerOracle oracle)
{
    /// <summary>The engine limited to Alertmanager 0.25's functions, and AlertRouter's default (every function up to 0.34).</summary>
    private static readonly string?[] Versions = ["0.25", null];

    /// <summary>One amtool run for both file tests.</summary>
    private static readonly Lazy<Task<IReadOnlyDictionary<string, string?>>> AmtoolFiles =
        new(() => AmtoolTemplateCheck.FilesAsync(AllTemplates().Select(t => (t.Name, t.Template))));

    [Fact]
    public async Task Load_TemplateFiles_AcceptsExactlyWhatAmtoolAccepts()
    {
        var templates = AllTemplates();
        var amtool = await AmtoolFiles.Value;
        var differences = new List<string>();
        foreach (var version in Versions)
        {
            var engine = EngineFileVerdicts(templates, version);
            differences.AddRange(templates.Where(t => (amtool[t.Name] is null || (version is null && t.AcceptedSince is not null)) != (engine[t.Name] is null))
                .Select(t => $"{t.Name} ({Mode(version)}): amtool {amtool[t.Name] ?? "accepts"}{Later(t.AcceptedSince)} | engine {engine[t.Name] ?? "accepts"}"));
        }

        Assert.True(amtool.Values.Count(v => v is not null) >= 20, "the malformed set needs at least 20 templates amtool rejects");
        Assert.True(differences.Count == 0, $"{differences.Count} template file verdict(s) differ from amtool check-config 0.25:\n{string.Join("\n", differences)}");
    }

    [Fact]
    public async Task Load_TemplateFiles_ParseMessagesMatchAmtool()
    {
        var templates = AllTemplates();
        var amtool = await AmtoolFiles.Value;
        var engine = EngineFileVerdicts(templates, "0.25");

        var differences = templates.Where(t => amtool[t.Name] is not null && amtool[t.Name] != engine[t.Name])
            .Select(t => $"{t.Name}:\n  amtool: {amtool[t.Name]}\n  engine: {engine[t.Name]}").ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} parse message(s) differ from amtool check-config 0.25:\n{string.Join("\n", differences)}");
    }

    [Fact]
    public void Compile_InlineFields_RejectsExactlyWhatAlertmanagerCannotParse()
    {
        var differences = new List<string>();
        foreach (var (r, version) in oracle.Renderings.DistinctBy(r => r.Run.Case.Name).SelectMany(r => Versions.Select(v => (r, v))))
        {
            var c = r.Run.Case;
            string? rejected = null;
            try
            {
                var set = EngineSets.For(c, version);
                _ = c.IsHtml ? set.CompileHtml(c.Template) : set.CompileText(c.Template);
            }
            catch (TemplateParseException e)
            {
                rejected = e.Message;
            }

            if ((r.Outcome == TemplateOutcome.ParseError && (version is not null || c.AcceptedSince is null)) != (rejected is not null))
            {
                differences.Add($"{c.Name} ({c.Field}, {Mode(version)}): Alertmanager {r.Outcome} {r.Error}{Later(c.AcceptedSince)} | engine {(rejected is null ? "accepts at load" : "rejects at load: " + rejected)}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} inline verdict(s) differ from Alertmanager 0.25 at notify time:\n{string.Join("\n", differences)}");
    }

    [Fact]
    public void Compile_InlineFields_ParseMessagesMatchAlertmanager()
    {
        var differences = new List<string>();
        foreach (var r in oracle.Renderings.Where(r => r.Outcome == TemplateOutcome.ParseError).DistinctBy(r => r.Run.Case.Name))
        {
            var c = r.Run.Case;
            var set = EngineSets.For(c, "0.25");
            var message = "(accepted at load)";
            try
            {
                _ = c.IsHtml ? set.CompileHtml(c.Template) : set.CompileText(c.Template);
            }
            catch (TemplateParseException e)
            {
                message = e.Message;
            }

            // Alertmanager's log prefixes the template error with the integration's context ("execute html template: ").
            if (r.Error is null || !r.Error.EndsWith(message, StringComparison.Ordinal))
            {
                differences.Add($"{c.Name}:\n  Alertmanager: {r.Error}\n  engine:       {message}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} inline parse message(s) differ from Alertmanager 0.25:\n{string.Join("\n", differences)}");
    }

    private static List<(string Name, string Template, string? AcceptedSince)> AllTemplates() =>
        [.. TemplateCorpus.Cases().Concat(TemplateCorpus.Malformed()).Concat(AlertmanagerOracle.FuzzCases()).Select(c => (c.Name, c.Template, c.AcceptedSince))];

    private static string Mode(string? version) => version is null ? "all functions" : $"functions of {version}";

    private static string Later(string? acceptedSince) => acceptedSince is null ? "" : $" (valid since Alertmanager {acceptedSince})";

    /// <summary>Each template as the one file of a <c>templates:</c> glob, loaded after the defaults: null when it loads, else the message.</summary>
    private static Dictionary<string, string?> EngineFileVerdicts(IEnumerable<(string Name, string Template, string? AcceptedSince)> templates, string? alertmanagerVersion)
    {
        var dir = Tools.TempDir("engine-tmpl");
        try
        {
            return templates.ToDictionary(t => t.Name, t =>
            {
                var file = Path.Combine(dir, t.Name + ".tmpl");
                File.WriteAllText(file, t.Template);
                try
                {
                    TemplateSet.Load(globs: [Path.GetFileName(file)], configDirectory: dir, TimeProvider.System, alertmanagerVersion: alertmanagerVersion);
                    return (string?)null;
                }
                catch (TemplateParseException e)
                {
                    return e.Message;
                }
                finally
                {
                    File.Delete(file);
                }
            }, StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
