using System.Text.Json;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Tests.Templating;

/// <summary>
/// Templates rendered by Go 1.19.8 (the toolchain of Debian's Alertmanager 0.25) with Alertmanager's types, functions and
/// default templates; AlertRouter must produce the same bytes and the same error texts.
/// </summary>
public sealed class GoCorpusTests
{
    private static readonly TemplateSet Set = TemplateSet.Defaults(TimeProvider.System);

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Corpus.Value.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static readonly Lazy<List<CorpusCase>> Corpus = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "templating", "go119-corpus.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(e => new CorpusCase(
            e.GetProperty("template").GetString()!, e.GetProperty("html").GetBoolean(), e.GetProperty("data").GetString()!,
            e.GetProperty("out").GetString()!, e.GetProperty("err").GetString())).ToList();
    });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_GoCorpusCase_MatchesGo(int index)
    {
        var c = Corpus.Value[index];
        string? output = null;
        string? error = null;
        try
        {
            var compiled = c.Html ? Set.CompileHtml(c.Template) : Set.CompileText(c.Template);
            output = compiled.Execute(TemplateSamples.Of(c.Data));
        }
        catch (TemplateException e)
        {
            error = e.Message;
        }

        Assert.Equal((c.Template, c.Err), (c.Template, error));
        if (c.Err is null)
        {
            Assert.Equal((c.Template, c.Out), (c.Template, output));
        }
    }

    private sealed record CorpusCase(string Template, bool Html, string Data, string Out, string? Err);
}
