using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Tests.Templating;

/// <summary>Loading like Alertmanager's FromGlobs: defaults first, then files; later defines win; errors name the file.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("tmplset");

    public void Dispose() => _dir.Delete(recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Load_FilesOverrideDefaultsInGlobOrder_LaterDefinitionWins()
    {
        Write("templates/10-a.tmpl", "{{ define \"__subject\" }}first {{ .Status }}{{ end }}{{ define \"team.x\" }}A{{ end }}");
        Write("templates/20-b.tmpl", "{{ define \"team.x\" }}B{{ end }}{{ define \"__alertmanager\" }}   {{ end }}");
        var set = TemplateSet.Load(["templates/*.tmpl"], _dir.FullName, TimeProvider.System);

        Assert.Equal(
            ["10-a.tmpl", "20-b.tmpl"], set.Files.Select(Path.GetFileName));
        Assert.Equal("first firing|B|Alertmanager",
            set.ExecuteText("{{ template \"slack.default.title\" . }}|{{ template \"team.x\" }}|{{ template \"slack.default.username\" . }}",
                TemplateSamples.Data()));
    }

    [Fact]
    public void Load_TopLevelTextOfAFile_IsATemplateNamedAfterTheFile()
    {
        Write("t.tmpl", "file body {{ .Status }}");
        var set = TemplateSet.Load([Path.Combine(_dir.FullName, "t.tmpl")], "/unused", TimeProvider.System);
        Assert.Equal("file body firing", set.ExecuteText("{{ template \"t.tmpl\" . }}", TemplateSamples.Data()));
    }

    [Fact]
    public void Load_GlobMatchingNothing_IsAccepted()
    {
        var set = TemplateSet.Load(["none/*.tmpl"], _dir.FullName, TimeProvider.System);
        Assert.Empty(set.Files);
        Assert.True(set.IsDefined("email.default.html"));
    }

    [Fact]
    public void Load_FileThatDoesNotParse_ReportsGoMessageWithFileName()
    {
        Write("bad.tmpl", "ok\n{{ define \"x\" }}{{ nope }}{{ end }}");
        var e = Assert.Throws<TemplateParseException>(() => TemplateSet.Load(["*.tmpl"], _dir.FullName, TimeProvider.System));
        Assert.Equal("template: bad.tmpl:2: function \"nope\" not defined", e.Message);
        Assert.Equal(2, e.Line);
        Assert.Equal(Path.Combine(_dir.FullName, "bad.tmpl"), e.File);
    }

    [Fact]
    public void CompileText_DefineInAField_StaysLocalToThatField()
    {
        var set = TemplateSet.Defaults(TimeProvider.System);
        var data = TemplateSamples.Data();
        Assert.Equal("local", set.ExecuteText("{{ define \"__subject\" }}local{{ end }}{{ template \"__subject\" . }}", data));
        Assert.Equal("[FIRING:1] HighLatency (api)", set.ExecuteText("{{ template \"__subject\" . }}", data));
    }

    [Fact]
    public void CompileText_EmptySource_RendersEmptyWithoutParsing()
    {
        var set = TemplateSet.Defaults(TimeProvider.System);
        Assert.Equal("", set.CompileText("").Execute(TemplateSamples.Data()));
    }

    [Fact]
    public void ExecuteNamed_DefaultEmail_IsTheHtmlSetRendering()
    {
        var set = TemplateSet.Defaults(TimeProvider.System);
        var data = TemplateSamples.Data();
        Assert.Equal(set.ExecuteHtml("{{ template \"email.default.html\" . }}", data), set.ExecuteNamed("email.default.html", data, html: true));
        Assert.Contains("<a href=\"#ZgotmplZ\"", set.ExecuteNamed("email.default.html", data, html: true));
    }

    [Fact]
    public void ExecuteUtf8_InvalidUtf8Literal_KeepsTheByteWhereExecuteShowsReplacement()
    {
        var compiled = TemplateSet.Defaults(TimeProvider.System).CompileText("{{ slice \"héllo\" 0 2 }}");
        Assert.Equal(new byte[] { (byte)'h', 0xC3 }, compiled.ExecuteUtf8(TemplateSamples.Data()));
        Assert.Equal("h\uFFFD", compiled.Execute(TemplateSamples.Data()));
    }
}
