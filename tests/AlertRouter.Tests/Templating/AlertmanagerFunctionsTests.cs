using AlertRouter.Model;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Templating;

/// <summary>Every Alertmanager template function up to 0.34, with the outputs its Go implementation gives.</summary>
public sealed class AlertmanagerFunctionsTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2023, 1, 2, 4, 4, 5, TimeSpan.Zero));
    private static readonly TemplateSet Set = TemplateSet.Defaults(Clock);

    private static string Render(string template) => Set.ExecuteText(template, TemplateSamples.Data());

    [Theory]
    [InlineData("{{ toUpper \"héllo\" }}", "HÉLLO")]
    [InlineData("{{ toLower \"HÉLLO İ\" }}", "héllo i")]
    [InlineData("{{ title \"hello wORLD it's 3rd-party o'neil\" }}", "Hello World It's 3Rd-Party O'neil")]
    [InlineData("{{ title \"ﬁx ßa ŉa ǆemal\" }}", "Fix Ssa ʼNa ǅemal")]
    [InlineData("{{ trimSpace \"\\t x y \\n\" }}", "x y")]
    [InlineData("{{ join \", \" (stringSlice \"a\" \"b\") }}", "a, b")]
    [InlineData("{{ .CommonLabels.Names | join \"+\" }}", "alertname+job")]
    [InlineData("{{ match \"^High\" .CommonLabels.alertname }} {{ match \"^x\" \"y\" }}", "true false")]
    [InlineData("{{ reReplaceAll \"(\\\\w+):(\\\\d+)\" \"$2@$1\" \"host:9090\" }}", "9090@host")]
    [InlineData("{{ reReplaceAll \"(?P<x>a)\" \"[${x}]\" \"banana\" }}", "b[a]n[a]n[a]")]
    [InlineData("{{ reReplaceAll \"a*\" \"-\" \"baaac\" }}", "-b-c-")]
    [InlineData("{{ safeHtml \"<b>\" }}", "<b>")]
    [InlineData("{{ stringSlice \"a\" \"b\" }}", "[a b]")]
    [InlineData("{{ date \"2006-01-02 15:04\" (index .Alerts 0).StartsAt }}", "2023-01-02 03:04")]
    [InlineData("{{ (tz \"Europe/Paris\" (index .Alerts 0).StartsAt).Format \"15:04 MST\" }}", "04:04 CET")]
    [InlineData("{{ since (index .Alerts 0).StartsAt }}", "59m59.4s")]
    [InlineData("{{ humanizeDuration 3661 }} {{ humanizeDuration 1.5 }} {{ humanizeDuration 0.25 }} {{ humanizeDuration 0 }} {{ humanizeDuration 90061 }}", "1h 1m 1s 1.5s 250ms 0s 1d 1h 1m 1s")]
    [InlineData("{{ humanizeDuration \"0.000002\" }}", "2us")]
    [InlineData("{{ safeUrl \"javascript:x\" }}", "javascript:x")]
    [InlineData("{{ urlUnescape \"a%20b+c\" }}", "a b c")]
    [InlineData("{{ toJson .CommonLabels }}", "{\"alertname\":\"HighLatency\",\"job\":\"api\"}")]
    [InlineData("{{ toJson (list 1 \"<a>\" 2.5 true) }}", "[1,\"\\u003ca\\u003e\",2.5,true]")]
    [InlineData("{{ list 1 \"a\" }} {{ len (list) }}", "[1 a] 0")]
    [InlineData("{{ append (list 1) 2 3 }}", "[1 2 3]")]
    [InlineData("{{ $d := dict \"b\" 2 \"a\" 1 }}{{ $d }} {{ $d.a }}", "map[a:1 b:2] 1")]
    [InlineData("{{ now }}", "2023-01-02 04:04:05 +0000 UTC")]
    [InlineData("{{ toDate \"2006-01-02\" \"2024-02-29\" }} {{ toDate \"2006\" \"bad\" }}", "2024-02-29 00:00:00 +0000 UTC 0001-01-01 00:00:00 +0000 UTC")]
    [InlineData("{{ mustToDate \"2006-01-02T15:04:05Z07:00\" \"2024-03-01T10:11:12+02:00\" }}", "2024-03-01 10:11:12 +0200 +0200")]
    [InlineData("{{ base64encode \"héllo?>\" }} {{ base64decode \"aMOpbGxvPz4=\" }}", "aMOpbGxvPz4= héllo?>")]
    [InlineData("{{ routeLabels \"x\" }}|", "|")]
    public void Function_KnownInput_RendersAsAlertmanager(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("{{ match \"(\" \"x\" }}", "error calling match: error parsing regexp: missing closing ): `(`")]
    [InlineData("{{ reReplaceAll \"[\" \"x\" \"y\" }}", "error calling reReplaceAll: regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`")]
    [InlineData("{{ dict \"a\" }}", "error calling dict: dict requires an even number of arguments")]
    [InlineData("{{ dict 1 2 }}", "error calling dict: dict keys must be strings")]
    [InlineData("{{ tz \"No/Where\" now }}", "error calling tz: unknown time zone No/Where")]
    [InlineData("{{ mustToDate \"2006-01-02\" \"x\" }}", "error calling mustToDate: parsing time \"x\" as \"2006-01-02\": cannot parse \"x\" as \"2006\"")]
    [InlineData("{{ base64decode \"!!\" }}", "error calling base64decode: illegal base64 data at input byte 0")]
    [InlineData("{{ urlUnescape \"%zz\" }}", "error calling urlUnescape: invalid URL escape \"%zz\"")]
    [InlineData("{{ humanizeDuration .Alerts }}", "error calling humanizeDuration: can't convert template.Alerts to float")]
    public void Function_BadInput_FailsWithGoError(string template, string expectedSuffix)
    {
        var e = Assert.Throws<TemplateExecException>(() => Render(template));
        Assert.EndsWith(expectedSuffix, e.Message);
    }

    [Fact]
    public void Title_InvalidUtf8Byte_PassesThroughRawAndEndsTheWord()
    {
        var bytes = Set.CompileText("{{ title \"\\xffab cd\" }}|{{ title \"a\\xffb\" }}").ExecuteUtf8(TemplateSamples.Data());

        Assert.Equal([0xFF, .. "Ab Cd|A"u8, 0xFF, .. "B"u8], bytes);
    }

    [Fact]
    public void Since_EveryFunction_HasARelease()
    {
        var all = AlertmanagerFunctions.Create(Clock);
        Assert.Equal(all.Keys.Order(), AlertmanagerFunctions.Since.Keys.Order());
    }

    [Theory]
    [InlineData("trimSpace")]
    [InlineData("toJson")]
    [InlineData("dict")]
    [InlineData("toDate")]
    public void Compile_LaterFunctionIn025Mode_IsUndefinedAsInAmtool(string function)
    {
        var set = TemplateSet.Defaults(Clock, alertmanagerVersion: "0.25");
        var e = Assert.Throws<TemplateParseException>(() => set.CompileText("{{ " + function + " }}"));
        Assert.Equal($"template: :1: function \"{function}\" not defined", e.Message);
    }

    [Fact]
    public void KV_SortedPairs_PutsAlertnameFirst()
    {
        var data = TemplateData.Create("r", LabelSet.Of(("zeta", "1"), ("alertname", "A"), ("beta", "2")), [], "");
        Assert.Equal("alertname=A beta=2 zeta=1 |alertname beta zeta|A 2 1|map[beta:2 zeta:1]",
            Set.ExecuteText("{{ range .GroupLabels.SortedPairs }}{{ .Name }}={{ .Value }} {{ end }}|{{ join \" \" .GroupLabels.Names }}|" +
                            "{{ join \" \" .GroupLabels.Values }}|{{ .GroupLabels.Remove (stringSlice \"alertname\") }}", data));
    }

    [Fact]
    public void Data_Receiver_IsQuoteMetaEscaped()
    {
        var data = TemplateData.Create("team.a+b", LabelSet.Empty, [], "");
        Assert.Equal(@"team\.a\+b resolved", Set.ExecuteText("{{ .Receiver }} {{ .Status }}", data));
    }
}
