using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AlertRouter.Yaml;

/// <summary>
/// Reads one YAML file into <see cref="YamlNode"/>s with positions, from YamlDotNet's event parser. Anchors, aliases and
/// <c>&lt;&lt;</c> merge keys are resolved; duplicate keys are errors, as in Go's yaml.v2.
/// </summary>
public static partial class YamlDocumentReader
{
    // Everything downstream recurses per level on thread-pool stacks (1.5 MB); 1,000 nested routes overflowed them
    // (found by fuzzing). Go's yaml.v2 allows 10,000, more than any real config needs.
    private const int MaxDepth = 256;

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    /// <summary>The root node, or null for an empty file or on a syntax error (then added to <paramref name="errors"/>).</summary>
    public static YamlNode? Read(string file, string text, ICollection<ConfigError> errors)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new YamlAnchors(file);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, anchors, errors, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.TryConsume<StreamEnd>(out _))
            {
                errors.Add(new ConfigError(Location(file, parser.Current!.Start), "a config file must hold a single YAML document"));
                return null;
            }

            if (anchors.ExcessiveAlias(root) is { } alias)
            {
                errors.Add(new ConfigError(alias, "document contains excessive aliasing"));
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            errors.Add(new ConfigError(Location(file, e.Start), MarkPrefix().Replace(e.Message, "")));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3's scanner throws this, not a YamlException, for a flow collection left open before a
            // line starting at column 1 (`a: [` then `b`; found by fuzzing): a syntax error after the last event read.
            errors.Add(new ConfigError(Location(file, parser.Current?.End ?? Mark.Empty), "did not find expected ',' or closing bracket of a flow collection"));
            return null;
        }
    }

    private static ConfigLocation Location(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static YamlNode ReadNode(IParser parser, string file, YamlAnchors anchors, ICollection<ConfigError> errors, int depth)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.Resolve(alias);
        }

        if (depth == MaxDepth && parser.Current is NodeEvent { Start: var start, End: var end } and (SequenceStart or MappingStart))
        {
            throw new YamlException(start, end, $"exceeded max depth of {MaxDepth}");
        }

        YamlNode node;
        string anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? "" : scalar.Anchor.Value;
            var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
            node = new YamlScalar(Location(file, scalar.Start), scalar.Value, Style(scalar.Style), tag);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor.IsEmpty ? "" : sequenceStart.Anchor.Value;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, file, anchors, errors, depth + 1));
            }

            node = new YamlSequence(Location(file, sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor.IsEmpty ? "" : mappingStart.Anchor.Value;
            node = ReadMapping(parser, file, Location(file, mappingStart.Start), anchors, errors, depth + 1);
        }

        if (anchor.Length > 0)
        {
            anchors.Define(anchor, node);
        }

        return node;
    }

    private static YamlMapping ReadMapping(IParser parser, string file, ConfigLocation location, YamlAnchors anchors, ICollection<ConfigError> errors, int depth)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var merges = new List<YamlNode>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, file, anchors, errors, depth);
            var value = ReadNode(parser, file, anchors, errors, depth);
            if (keyNode is not YamlScalar key)
            {
                errors.Add(new ConfigError(keyNode.Location, "mapping keys must be scalars"));
                continue;
            }

            if (key.Value == "<<" && key.Style == YamlScalarStyle.Plain)
            {
                merges.Add(value);
                continue;
            }

            var previous = entries.FindIndex(e => e.Key.Value == key.Value);
            if (previous >= 0)
            {
                errors.Add(new ConfigError(key.Location, $"mapping key {Model.GoQuote.Quote(key.Value)} already defined at line {entries[previous].Key.Location.Line}"));
                continue;
            }

            entries.Add(KeyValuePair.Create(key, value));
        }

        foreach (var merge in merges)
        {
            var sources = merge switch
            {
                YamlMapping m => [m],
                YamlSequence s => s.Items.OfType<YamlMapping>().ToList(),
                _ => [],
            };
            if (sources.Count == 0)
            {
                errors.Add(new ConfigError(merge.Location, "map merge requires map or sequence of maps as the value"));
            }

            foreach (var entry in sources.SelectMany(s => s.Entries))
            {
                if (!entries.Exists(e => e.Key.Value == entry.Key.Value))
                {
                    entries.Add(entry);
                }
            }
        }

        return new YamlMapping(location, entries);
    }

    private static YamlScalarStyle Style(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarStyle.Literal,
        ScalarStyle.Folded => YamlScalarStyle.Folded,
        _ => YamlScalarStyle.Plain,
    };
}
