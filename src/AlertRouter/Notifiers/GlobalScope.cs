using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>
/// The <c>global:</c> section as an integration reads its own keys from it. An unset <c>${VAR}</c> in a tracked key is
/// not an error: it is recorded against the key, and every integration that inherits the key is unconfigured.
/// </summary>
internal sealed class GlobalScope(MappingReader reader)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _missing = new(StringComparer.Ordinal);

    /// <summary>The mapping, for keys whose unset variables are errors (booleans) and for accepting unused keys.</summary>
    public MappingReader Reader => reader;

    /// <summary>Unset <c>${VAR}</c>s per global key, for <see cref="GlobalConfig.Missing"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Missing => _missing;

    public void Error(YamlNode? node, string message) => reader.Context.Error(node, message);

    /// <summary>A string key, tracked.</summary>
    public ScalarText Str(string key) => Track(key, _ => reader.Str(key));

    /// <summary>A secret given inline or in <paramref name="fileKey"/>, tracked under <paramref name="key"/>.</summary>
    public Secret? Secret(string key, string fileKey) => Track(key, sink => SecretReader.Read(reader, key, fileKey, sink, out _, out _));

    /// <summary>Runs <paramref name="read"/> with unset variables collected into <paramref name="key"/>'s list.</summary>
    public T Track<T>(string key, Func<List<string>, T> read)
    {
        var sink = new List<string>();
        using (reader.Context.CollectMissing(sink))
        {
            var value = read(sink);
            if (sink.Count > 0)
            {
                _missing[key] = sink;
            }

            return value;
        }
    }

    /// <summary>The value when it is set and not empty.</summary>
    public static string? NonEmpty(ScalarText text) => text.Resolved && text.Value!.Length > 0 ? text.Value : null;
}
