namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// The oracle itself: the corpus is as large as the acceptance asks, and Alertmanager 0.25 treats every case as the
/// corpus says (renders, fails when executed, fails to parse), so no case is mislabelled.
/// </summary>
[Collection(TemplateOracleCollection.Name)]
public class AlertmanagerOracleTests(AlertmanagerOracle oracle)
{
    [Fact]
    public void Corpus_Size_MeetsTheAcceptance()
    {
        Assert.True(TemplateCorpus.Cases().Count(c => c.Expected == TemplateOutcome.Renders) >= 60);
        Assert.True(TemplateCorpus.Malformed().Count >= 20);
        Assert.Equal(TemplateCorpus.Cases().Count + TemplateCorpus.Malformed().Count, TemplateCorpus.Cases().Concat(TemplateCorpus.Malformed()).Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Oracle_EveryCase_HasTheOutcomeTheCorpusExpects()
    {
        var wrong = oracle.Renderings.Where(r => r.Run.Case.Expected is { } expected && r.Outcome != expected)
            .Select(r => $"{r.Run}: expected {r.Run.Case.Expected}, Alertmanager: {r.Outcome} {r.Error}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} case(s) mislabelled:\n{string.Join("\n", wrong)}");
    }

    /// <summary>The fact the compatibility rules rest on: amtool 0.25 validates template files, not receiver fields.</summary>
    [Fact]
    public async Task AmtoolCheckConfig_Templates_RejectsMalformedFilesButNoInlineField()
    {
        var templates = TemplateCorpus.Cases().Concat(TemplateCorpus.Malformed()).Select(c => (c.Name, c.Template)).ToList();
        var files = await AmtoolTemplateCheck.FilesAsync(templates);
        var inline = await AmtoolTemplateCheck.InlineAsync(templates);

        var wrong = TemplateCorpus.Cases().Concat(TemplateCorpus.Malformed())
            .Where(c => (files[c.Name] is not null) != (c.Expected == TemplateOutcome.ParseError))
            .Select(c => $"{c.Name}: expected {c.Expected}, amtool says {files[c.Name] ?? "SUCCESS"}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.All(inline, v => Assert.Null(v.Value));
    }
}
