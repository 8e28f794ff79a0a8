using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Time;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// Go types of Alertmanager's template package (0.25 names and methods). Names and Values return <c>[]string</c> as
/// in 0.25 (printed and reported as such) but also carry 0.34's <c>Join</c> method.
/// </summary>
internal static class AlertmanagerTypes
{
    public static readonly GoType Strings = new("[]string", GoKind.Slice, GoType.String);
    public static readonly GoType KV = GoType.MapOf(GoType.String, GoType.String, "template.KV");
    public static readonly GoType Pair = new("template.Pair", GoKind.Struct);
    public static readonly GoType Pairs = GoType.SliceOf(Pair, "template.Pairs");
    public static readonly GoType Alert = new("template.Alert", GoKind.Struct);
    public static readonly GoType AlertSlice = GoType.SliceOf(Alert);
    public static readonly GoType Alerts = GoType.SliceOf(Alert, "template.Alerts");
    public static readonly GoType Data = new("template.Data", GoKind.Struct);
    public static readonly GoType DataPointer = Data.PointerTo();

    static AlertmanagerTypes()
    {
        Strings.WithMethod(new GoFunc("Join", [GoType.String], false, GoType.String, false, (r, a) =>
            GoValue.String(string.Join(a[0].Str, Enumerate(r.Ref as IGoSlice)))));
        Pair.WithFields(
            new GoField("Name", GoType.String, o => GoValue.String(((TemplatePair)o).Name)),
            new GoField("Value", GoType.String, o => GoValue.String(((TemplatePair)o).Value)));
        Pairs
            .WithMethod(new GoFunc("Names", [], false, Strings, false, (r, _) => StringsOf(((PairsSlice?)r.Ref)?.Names() ?? [])))
            .WithMethod(new GoFunc("Values", [], false, Strings, false, (r, _) => StringsOf(((PairsSlice?)r.Ref)?.Values() ?? [])));
        KV
            .WithMethod(new GoFunc("SortedPairs", [], false, Pairs, false, (r, _) => KvOf(r).SortedPairs()))
            .WithMethod(new GoFunc("Remove", [GoType.StringSlice], false, KV, false, (r, a) =>
                GoValue.FromObject(KV, KvOf(r).Remove(a[0].Ref as IGoSlice))))
            .WithMethod(new GoFunc("Names", [], false, Strings, false, (r, _) =>
                StringsOf(((PairsSlice)KvOf(r).SortedPairs().Ref!).Names())))
            .WithMethod(new GoFunc("Values", [], false, Strings, false, (r, _) =>
                StringsOf(((PairsSlice)KvOf(r).SortedPairs().Ref!).Values())));
        Alert.WithFields(
            new GoField("Status", GoType.String, o => GoValue.String(((TemplateAlert)o).Status), "status"),
            new GoField("Labels", KV, o => GoValue.FromObject(KV, ((TemplateAlert)o).LabelsKV), "labels"),
            new GoField("Annotations", KV, o => GoValue.FromObject(KV, ((TemplateAlert)o).AnnotationsKV), "annotations"),
            new GoField("StartsAt", GoTimeTypes.Time, o => GoTimeTypes.Of(((TemplateAlert)o).StartsAtTime), "startsAt"),
            new GoField("EndsAt", GoTimeTypes.Time, o => GoTimeTypes.Of(((TemplateAlert)o).EndsAtTime), "endsAt"),
            new GoField("GeneratorURL", GoType.String, o => GoValue.String(((TemplateAlert)o).GeneratorUrl), "generatorURL"),
            new GoField("Fingerprint", GoType.String, o => GoValue.String(((TemplateAlert)o).Fingerprint), "fingerprint"));
        Alerts
            .WithMethod(new GoFunc("Firing", [], false, AlertSlice, false, (r, _) => AlertsWith(r, "firing")))
            .WithMethod(new GoFunc("Resolved", [], false, AlertSlice, false, (r, _) => AlertsWith(r, "resolved")));
        Data.WithFields(
            new GoField("Receiver", GoType.String, o => GoValue.String(((TemplateData)o).Receiver), "receiver"),
            new GoField("Status", GoType.String, o => GoValue.String(((TemplateData)o).Status), "status"),
            new GoField("Alerts", Alerts, o => GoValue.FromObject(Alerts, ((TemplateData)o).AlertsSlice), "alerts"),
            new GoField("GroupLabels", KV, o => GoValue.FromObject(KV, ((TemplateData)o).GroupLabels), "groupLabels"),
            new GoField("CommonLabels", KV, o => GoValue.FromObject(KV, ((TemplateData)o).CommonLabels), "commonLabels"),
            new GoField("CommonAnnotations", KV, o => GoValue.FromObject(KV, ((TemplateData)o).CommonAnnotations), "commonAnnotations"),
            new GoField("ExternalURL", GoType.String, o => GoValue.String(((TemplateData)o).ExternalUrl), "externalURL"));
    }

    /// <summary>The dot of a notification template: a *template.Data.</summary>
    public static GoValue Of(TemplateData data) => GoValue.FromObject(DataPointer, data);

    /// <summary>A template.Data value, as amtool's <c>template render</c> passes it (error messages name <c>template.Data</c>).</summary>
    public static GoValue ValueOf(TemplateData data) => GoValue.FromObject(Data, data);

    public static GoValue StringsOf(string[] items) => GoValue.FromObject(Strings, new GoStringSlice(items));

    private static TemplateKV KvOf(GoValue v) => v.Ref as TemplateKV ?? TemplateKV.Empty;

    private static GoValue AlertsWith(GoValue r, string status) =>
        GoValue.FromObject(AlertSlice, r.Ref is AlertsSlice s ? s.WithStatus(status) : new AlertsSlice([], 0, 0));

    private static IEnumerable<string> Enumerate(IGoSlice? s)
    {
        for (var i = 0; s is not null && i < s.Count; i++)
        {
            yield return s[i].Str;
        }
    }
}
