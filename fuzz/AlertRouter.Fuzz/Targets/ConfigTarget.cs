using System.Text.RegularExpressions;
using AlertRouter.Config;
using AlertRouter.Model;
using AlertRouter.Yaml;

namespace AlertRouter.Fuzz.Targets;

/// <summary>
/// Loads the input as an Alertmanager config file (YAML, receivers, routes, inhibit rules, time intervals). Loading
/// never throws: a bad file gives errors at <c>file:line:col</c>. A good one prints (<c>config show</c>) YAML that
/// loads again to the same YAML, and its route tree routes an alert.
/// </summary>
internal sealed partial class ConfigTarget : IFuzzTarget
{
    // Whole-config errors that have no place in a file.
    private static readonly string[] Placeless = ["no route provided in config", "no routes provided"];

    private static readonly LabelSet Alert = LabelSet.Of(("alertname", "Fuzz"), ("severity", "critical"), ("team", "db"));

    private readonly Lazy<string> _directory = new(() => Directory.CreateTempSubdirectory("alertrouter-fuzz-config-").FullName);

    // One variable is set so that ${FUZZ} and ${UNSET:-default} both expand.
    private readonly ConfigLoader _loader = new(new EnvironmentExpander(name => name == "FUZZ" ? "fuzz" : null), [], TimeProvider.System);

    public string Name => "config";

    // YAML's line breaks: a file may end its lines with CR alone, and YAML 1.1 also breaks at NEL, LS and PS.
    [GeneratedRegex("\r\n|[\r\n\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();

    public void Run(ReadOnlySpan<byte> input)
    {
        var file = Path.Combine(_directory.Value, "alertmanager.yml");
        File.WriteAllBytes(file, input.ToArray());
        var result = _loader.Load([file]);
        PropertyViolation.Unless(result.Succeeded == (result.Errors.Count == 0), "a config loads exactly when there are no errors");
        if (!result.Succeeded)
        {
            var lines = LineBreak().Split(FuzzText.Decode(input)).Length;
            foreach (var error in result.Errors)
            {
                CheckPlace(error, ConfigFileSet.Display(file), lines);
            }

            return;
        }

        var config = result.Config!;
        config.Root.Match(Alert);

        // Printed YAML has no ${...} left to expand only when the input had none.
        if (input.IndexOf((byte)'$') < 0)
        {
            File.WriteAllText(file, config.RevealedYaml);
            var again = _loader.Load([file]);
            PropertyViolation.Unless(again.Succeeded, "printed config loads again: " + string.Join("; ", again.Errors));
            PropertyViolation.Unless(again.Config!.RevealedYaml == config.RevealedYaml, "printed config prints the same again");
        }
    }

    private static void CheckPlace(ConfigError error, string file, int lines)
    {
        PropertyViolation.Unless(error.Message.Length > 0, "an error says what is wrong");
        if (error.Location is not { } at)
        {
            PropertyViolation.Unless(Placeless.Contains(error.Message), $"an error has a file:line:col: {error}");
            return;
        }

        PropertyViolation.Unless(at.File == file, $"an error names the file: {error}");
        PropertyViolation.Unless(at.Line >= 1 && at.Line <= lines + 1 && at.Column >= 1, $"an error's line and column are in the file: {error}");
    }
}
