using System.Text;
using AlertRouter.Model;
using AlertRouter.Re2;

namespace AlertRouter.Routing;

/// <summary>
/// One label matcher (<c>name op "value"</c>). A missing label matches as "". Regex values are fully anchored with
/// RE2 semantics (<see cref="GoRegexp"/>).
/// </summary>
public sealed class Matcher : IEquatable<Matcher>
{
    private readonly GoRegexp? _regex;

    private Matcher(MatcherType type, string name, string value, GoRegexp? regex)
    {
        Type = type;
        Name = name;
        Value = value;
        _regex = regex;
        Slot = LabelSlots.Of(name);
        Cost = type is MatcherType.Equal or MatcherType.NotEqual ? 0 : regex!.IsFastPath ? 1 : 2;
    }

    public MatcherType Type { get; }

    /// <summary>The name's <see cref="LabelSlots"/> number, for memoised lookups during route evaluation.</summary>
    internal int Slot { get; }

    /// <summary>0 for equality, 1 for regexes answered without the regex engine, 2 for the rest.</summary>
    internal int Cost { get; }

    public string Name { get; }

    public string Value { get; }

    /// <summary>Alertmanager's <c>labels.NewMatcher</c>: throws <see cref="MatcherParseException"/> with Go's regexp error.</summary>
    public static Matcher Create(MatcherType type, string name, string value)
    {
        GoRegexp? regex = null;
        if (type is MatcherType.Regexp or MatcherType.NotRegexp)
        {
            try
            {
                regex = GoRegexp.Compile(value);
            }
            catch (Re2Exception e)
            {
                throw new MatcherParseException(e.Message);
            }
        }

        return new Matcher(type, name, value, regex);
    }

    public bool Matches(string value) => Type switch
    {
        MatcherType.Equal => string.Equals(value, Value, StringComparison.Ordinal),
        MatcherType.NotEqual => !string.Equals(value, Value, StringComparison.Ordinal),
        MatcherType.Regexp => _regex!.IsMatch(value),
        _ => !_regex!.IsMatch(value),
    };

    /// <summary>Matches the value of <see cref="Name"/> in <paramref name="labels"/> ("" when the label is absent).</summary>
    public bool Matches(LabelSet labels) => Matches(labels.Get(Name));

    internal bool Matches(LabelLookup lookup) => Matches(lookup.Get(Name, Slot));

    /// <summary>
    /// Alertmanager's <c>Matcher.String()</c>: <c>name=~"value"</c> with only <c>\</c>, newline and <c>"</c> escaped;
    /// a name with a reserved character is quoted, and then the value is strconv.Quote'd too.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendTo(sb);
        return sb.ToString();
    }

    public void AppendTo(StringBuilder sb)
    {
        if (Name.Any(MatcherSyntax.IsReserved))
        {
            GoQuote.Append(sb, Name);
            sb.Append(Type.Operator());
            GoQuote.Append(sb, Value);
            return;
        }

        sb.Append(Name).Append(Type.Operator()).Append('"');
        foreach (var c in Value)
        {
            sb.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '"' => "\\\"",
                _ => c.ToString(),
            });
        }

        sb.Append('"');
    }

    public bool Equals(Matcher? other) =>
        other is not null && other.Type == Type && string.Equals(other.Name, Name, StringComparison.Ordinal) &&
        string.Equals(other.Value, Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Matcher);

    public override int GetHashCode() => HashCode.Combine(Type, Name, Value);
}
