using AlertRouter.Notifiers;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Architecture;

/// <summary>
/// An integration is its folder plus one registration line: no file outside <c>Notifiers/&lt;Name&gt;/</c> names a type
/// of that folder, except the registration list, which names the integration itself.
/// </summary>
public sealed class IntegrationFolderTests
{
    private const string RegistrationList = "Notifiers/Integrations.cs";

    private static readonly IReadOnlyList<SourceFile> Sources = SourceFile.ReadTree(Path.Combine(Tools.RepoRoot, "src", "AlertRouter"));

    [Fact]
    public void Violations_ServiceSources_NoFileOutsideAnIntegrationFolderNamesItsTypes()
    {
        var violations = Integrations.All.SelectMany(i => Violations(i.GetType(), Sources)).ToList();

        Assert.True(violations.Count == 0, "integration types named outside their folder:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Folders_EveryRegisteredIntegration_HasItsOwnFolderUnderNotifiers()
    {
        var folders = Integrations.All.Select(i => i.GetType().Namespace!).ToList();

        Assert.All(folders, ns => Assert.Matches(@"^AlertRouter\.Notifiers\.[A-Z]\w*$", ns));
        Assert.Equal(folders.Count, folders.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Violations_ConfigTypeNamedInDelivery_Reported()
    {
        SourceFile[] files =
        [
            SourceFile.Parse("Notifiers/Slack/SlackConfig.cs", "namespace AlertRouter.Notifiers.Slack;\n\npublic sealed record SlackConfig;\n"),
            SourceFile.Parse("Notifiers/Slack/SlackIntegration.cs", "namespace AlertRouter.Notifiers.Slack;\n\ninternal sealed class SlackIntegration;\n"),
            SourceFile.Parse("Delivery/Bad.cs", "using AlertRouter.Notifiers.Slack;\n\nnamespace AlertRouter.Delivery;\n\ninternal sealed class Bad(SlackConfig c);\n"),
            SourceFile.Parse("Delivery/Worse.cs", "namespace AlertRouter.Delivery;\n\ninternal sealed class Worse(Notifiers.Slack.SlackConfig c);\n"),
            SourceFile.Parse(RegistrationList, "using AlertRouter.Notifiers.Slack;\n\nnamespace AlertRouter.Notifiers;\n\ninternal static class Integrations { object[] All = [new SlackIntegration()]; }\n"),
        ];

        var violations = Violations("AlertRouter.Notifiers.Slack", "SlackIntegration", files);

        Assert.Equal(
            [
                "Delivery/Bad.cs: imports AlertRouter.Notifiers.Slack",
                "Delivery/Bad.cs: names SlackConfig of Notifiers/Slack",
                "Delivery/Worse.cs: names SlackConfig of Notifiers/Slack",
            ],
            violations);
    }

    private static IEnumerable<string> Violations(Type integration, IReadOnlyList<SourceFile> files) =>
        Violations(integration.Namespace!, integration.Name, files);

    private static IEnumerable<string> Violations(string ns, string integration, IReadOnlyList<SourceFile> files)
    {
        var folder = ns["AlertRouter.".Length..].Replace('.', '/');
        var inside = files.Where(f => f.Folder == folder || f.Folder.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();
        var types = inside.SelectMany(f => f.Types).ToHashSet(StringComparer.Ordinal);
        var last = ns[(ns.LastIndexOf('.') + 1)..];
        foreach (var file in files.Except(inside))
        {
            // Plain names reach the folder's types only through a using of it; qualified ones end in <Name>.<Type>.
            var registration = file.Path == RegistrationList;
            var imports = file.Usings.Any(u => u == ns);
            if (imports && !registration)
            {
                yield return $"{file.Path}: imports {ns}";
            }

            var plain = imports ? file.PlainNames : [];
            var qualified = file.DottedNames.Select(d => d.Split('.')).Where(p => p[^2] == last).Select(p => p[^1]);
            var named = plain.Concat(qualified)
                .Where(t => types.Contains(t) && !(registration && t == integration))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var type in named)
            {
                yield return $"{file.Path}: names {type} of {folder}";
            }
        }
    }
}
