using AlertRouter.Model;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;
using FsCheck;
using FsCheck.Fluent;

namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// Random templates (<see cref="TemplateGrammar"/>) over random alert groups (<see cref="FuzzAlerts"/>): the engine
/// only ever throws its template exceptions and always finishes; on the fixed-seed sample that the oracle ran, it
/// agrees with Alertmanager 0.25 byte for byte (same outcome, same Subject bytes).
/// </summary>
[Collection(TemplateOracleCollection.Name)]
public class TemplatePropertyTests(AlertmanagerOracle oracle)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public void Render_RandomTemplatesAndAlerts_ThrowsOnlyTemplateErrorsAndFinishes()
    {
        var cases = (from template in TemplateGrammar.Template()
                     from dataset in FuzzAlerts.Dataset("fuzz")
                     from html in Gen.Elements(false, true)
                     select (template, dataset, html)).ToArbitrary();

        Prop.ForAll(cases, c =>
        {
            var data = Data(c.dataset);
            var render = Task.Run(() => EngineRendering.Render(EngineSets.For(Case(c.template)), c.template, c.html, data));
            if (!render.Wait(Bound))
            {
                throw new TimeoutException($"rendering did not finish within {Bound}: {c.template}");
            }

            return render.Result.Outcome == TemplateOutcome.Renders ? render.Result.Output is not null : render.Result.Error is not null;
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Theory]
    [InlineData("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")]
    [InlineData("{{ define \"a\" }}{{ template \"b\" . }}{{ template \"b\" . }}{{ end }}{{ define \"b\" }}{{ template \"c\" . }}{{ template \"c\" . }}{{ end }}{{ define \"c\" }}{{ range .Alerts }}{{ range $.Alerts }}{{ range $.Alerts }}{{ template \"a\" $ }}{{ end }}{{ end }}{{ end }}{{ end }}{{ template \"a\" . }}")]
    [InlineData("{{ define \"w\" }}{{ printf \"%0999999d\" 1 }}{{ template \"w\" . }}{{ end }}{{ template \"w\" . }}")]
    public async Task Render_Unbounded_StopsWithATemplateError(string template)
    {
        var data = Data(FuzzAlerts.Sample("fuzz", AlertmanagerOracle.FuzzSeed));
        var render = Task.Run(() => EngineRendering.Render(EngineSets.For(Case(template)), template, html: false, data));

        Assert.True(await Task.WhenAny(render, Task.Delay(Bound)) == render, $"rendering did not finish within {Bound}");
        Assert.Equal(TemplateOutcome.ExecutionError, (await render).Outcome);
    }

    [Fact]
    public void Render_FixedSeedSample_AgreesWithAlertmanager()
    {
        var sample = oracle.Renderings.Where(r => r.Run.Case.Category == "fuzz").ToList();
        var differences = sample.Select(r => EngineComparison.Compare(oracle, r)).OfType<string>().ToList();

        Assert.Equal(AlertmanagerOracle.FuzzCount, sample.Count);
        Assert.True(sample.Count(r => r.Outcome == TemplateOutcome.Renders) >= 10, "the sample needs templates that render");
        Assert.True(differences.Count == 0, $"{differences.Count} of {sample.Count} generated templates differ from Alertmanager 0.25:\n\n{string.Join("\n\n", differences)}");
    }

    private static TemplateCase Case(string template) => new("random", "fuzz", "", "email.subject", template, ["fuzz"], null);

    /// <summary>The group Alertmanager would build from the dataset's alerts, at a fixed time.</summary>
    private static TemplateData Data(OracleDataset dataset)
    {
        var now = DateTimeOffset.UnixEpoch.AddYears(54).AddSeconds(0.5);
        var baseSecond = OracleTime.BaseSecond(now);
        var alerts = dataset.Alerts.Select(a => new Alert(
            LabelSet.From(a.Labels.Append(KeyValuePair.Create("dataset", dataset.Name))),
            LabelSet.From(a.Annotations),
            Parse(OracleTime.Format(baseSecond, a.StartsAt, a.Zone)),
            a.EndsAt == "firing" ? GoTime.Zero : Parse(OracleTime.Format(baseSecond, a.EndsAt, a.Zone)),
            a.GeneratorUrl)).Order(AlertOrder.Instance).ToList();
        return TemplateData.Create("fuzz@fuzz", LabelSet.Of(("dataset", dataset.Name)), alerts, TemplateCorpus.ExternalUrl, now);
    }

    private static DateTimeOffset Parse(string time) => GoTime.TryParse(time, out var t) ? t : throw new FormatException(time);
}
