using System.Text;
using AlertRouter.Notifiers.Json;

namespace AlertRouter.Notifiers.Templates;

/// <summary>The <c>toJson</c> helper: Go-compatible JSON of template values.</summary>
internal static class TemplateJson
{
    public static string Serialize(object? value) => value switch
    {
        null or HandlebarsDotNet.UndefinedBindingResult => "null",
        string s => GoJson.Quote(s),
        bool b => b ? "true" : "false",
        TemplateData d => Encode(d, TemplateJsonContext.Default.TemplateData),
        TemplateAlert a => Encode(a, TemplateJsonContext.Default.TemplateAlert),
        IEnumerable<TemplateAlert> list => Encode(list.ToArray(), TemplateJsonContext.Default.TemplateAlertArray),
        IReadOnlyDictionary<string, string> map => GoJson.Map(map),
        IEnumerable<TemplatePair> pairs => Encode(pairs.ToArray(), TemplateJsonContext.Default.TemplatePairArray),
        IEnumerable<string> strings => "[" + string.Join(',', strings.Select(GoJson.Quote)) + "]",
        _ => GoJson.Quote(TemplateHelpers.Str(value)),
    };

    private static string Encode<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) =>
        Encoding.UTF8.GetString(GoJson.Encode(value, info)).TrimEnd('\n');
}
