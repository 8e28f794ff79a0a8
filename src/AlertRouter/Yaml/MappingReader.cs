using System.Globalization;

namespace AlertRouter.Yaml;

/// <summary>
/// Strict reading of one YAML mapping (Go's yaml.UnmarshalStrict): every key read is known, and
/// <see cref="Finish"/> reports the rest as <c>field X not found in type T</c>. Type mismatches use yaml.v2's wording.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping? _mapping;
    private readonly string _goType;
    private readonly ParseContext _ctx;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public MappingReader(YamlNode? node, string goType, ParseContext ctx)
    {
        _goType = goType;
        _ctx = ctx;
        switch (node)
        {
            case YamlMapping mapping:
                _mapping = mapping;
                break;
            case null:
            case YamlScalar { IsNull: true }:
                break;
            default:
                ctx.Error(node, $"cannot unmarshal {node.KindTag}{Literal(node)} into {goType}");
                break;
        }
    }

    public bool IsValid => _mapping is not null;

    public YamlMapping? Mapping => _mapping;

    public ConfigLocation? Location => _mapping?.Location;

    public ParseContext Context => _ctx;

    /// <summary>The key node itself (for errors about a field).</summary>
    public YamlScalar? KeyNode(string key) => _mapping?.Entries.FirstOrDefault(e => e.Key.Value == key).Key;

    /// <summary>The value of <paramref name="key"/>, or null when absent or YAML null.</summary>
    public YamlNode? Node(string key)
    {
        _known.Add(key);
        var node = _mapping?[key];
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    /// <summary>Marks keys as known without reading them.</summary>
    public void Accept(params string[] keys) => _known.UnionWith(keys);

    /// <summary>Whether <paramref name="key"/> was read or accepted already.</summary>
    public bool IsKnown(string key) => _known.Contains(key);

    public ScalarText Str(string key, bool secret = false)
    {
        var node = Node(key);
        if (node is null)
        {
            return default;
        }

        if (secret)
        {
            _ctx.Secrets.Add(node);
        }

        return ReadString(node, _ctx);
    }

    public static ScalarText ReadString(YamlNode node, ParseContext ctx)
    {
        if (node is not YamlScalar scalar)
        {
            ctx.Error(node, $"cannot unmarshal {node.KindTag} into string");
            return new ScalarText(node, null, false);
        }

        return ctx.TryExpand(scalar, out var value) ? new ScalarText(node, value, false) : new ScalarText(node, null, true);
    }

    public bool? Bool(string key)
    {
        var text = Scalar(key, "bool");
        if (text is null)
        {
            return null;
        }

        if (YamlBool.TryParse(text.Value.Text, out var value) && text.Value.Scalar.Style == YamlScalarStyle.Plain)
        {
            return value;
        }

        _ctx.Error(text.Value.Scalar, $"cannot unmarshal !!str `{text.Value.Text}` into bool");
        return null;
    }

    public long? Int(string key, string goType = "int")
    {
        var text = Scalar(key, goType);
        if (text is null)
        {
            return null;
        }

        var unsigned = goType.StartsWith('u');
        if (long.TryParse(text.Value.Text, unsigned ? NumberStyles.None : NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _ctx.Error(text.Value.Scalar, $"cannot unmarshal {text.Value.Scalar.KindTag} `{text.Value.Text}` into {goType}");
        return null;
    }

    public TimeSpan? Duration(string key)
    {
        var text = Scalar(key, "model.Duration");
        if (text is null)
        {
            return null;
        }

        try
        {
            return GoDuration.Parse(text.Value.Text);
        }
        catch (FormatException e)
        {
            _ctx.Error(text.Value.Scalar, e.Message);
            return null;
        }
    }

    /// <summary>A list of strings; null when absent, an empty list for <c>[]</c>.</summary>
    public List<ScalarText>? StringList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            _ctx.Error(node, $"cannot unmarshal {node.KindTag}{Literal(node)} into []string");
            return null;
        }

        return sequence.Items.Select(item => ReadString(item, _ctx)).ToList();
    }

    /// <summary>A map of strings, in file order; null when absent.</summary>
    public List<(YamlScalar Key, ScalarText Value)>? StringMap(string key, bool secretValues = false)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            _ctx.Error(node, $"cannot unmarshal {node.KindTag}{Literal(node)} into map[string]string");
            return null;
        }

        var result = new List<(YamlScalar, ScalarText)>();
        foreach (var (k, v) in mapping.Entries)
        {
            if (secretValues)
            {
                _ctx.Secrets.Add(v);
            }

            result.Add((k, v is YamlScalar { IsNull: true } ? new ScalarText(v, "", false) : ReadString(v, _ctx)));
        }

        return result;
    }

    /// <summary>A list of items (each handed to <paramref name="parse"/>); null when absent.</summary>
    public List<T>? List<T>(string key, Func<YamlNode, int, T> parse, string goType)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence)
        {
            _ctx.Error(node, $"cannot unmarshal {node.KindTag}{Literal(node)} into {goType}");
            return null;
        }

        return sequence.Items.Select(parse).ToList();
    }

    /// <summary>Reports every key that was never read.</summary>
    public void Finish()
    {
        if (_mapping is null)
        {
            return;
        }

        foreach (var (key, _) in _mapping.Entries)
        {
            if (!_known.Contains(key.Value))
            {
                _ctx.Error(key, $"field {key.Value} not found in type {_goType}");
            }
        }
    }

    private (YamlScalar Scalar, string Text)? Scalar(string key, string goType)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            _ctx.Error(node, $"cannot unmarshal {node.KindTag} into {goType}");
            return null;
        }

        return _ctx.TryExpand(scalar, out var text) ? (scalar, text) : null;
    }

    private static string Literal(YamlNode node) => node is YamlScalar s ? $" `{s.Value}`" : "";
}
