using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AlertRouter.Re2;

namespace AlertRouter.Routing;

/// <summary>
/// A fully anchored regular expression with Go RE2 syntax and semantics, as Alertmanager compiles matcher values
/// (<c>^(?:value)$</c>). Invalid patterns fail with Go's error text. Common shapes (a literal, a list of literals,
/// <c>prefix.*</c>, <c>.*</c>) are matched without the regex engine; the rest runs on
/// <see cref="RegexOptions.NonBacktracking"/>, which is linear-time like RE2. Values without surrogates (nearly all)
/// run on a pattern without the astral branches, which are slow to build; the full pattern is built on first need.
/// </summary>
internal sealed class GoRegexp
{
    private readonly Shape _shape;
    private readonly string _literal = "";
    private readonly FrozenSet<string>? _oneOf;
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private readonly Regex? _regex;
    private readonly Lazy<Regex?>? _astral;
    private readonly string _suffix = "";

    private GoRegexp(Shape shape, string literal = "", FrozenSet<string>? oneOf = null, Regex? regex = null, Lazy<Regex?>? astral = null, string suffix = "")
    {
        _shape = shape;
        _literal = literal;
        _oneOf = oneOf;
        _regex = regex;
        _astral = astral;
        _suffix = suffix;
    }

    private enum Shape
    {
        Literal,
        OneOf,
        Prefix,
        NoNewline,
        NonEmptyNoNewline,
        Anything,
        Regex,
    }

    /// <summary>True when matching never needs the regex engine.</summary>
    public bool IsFastPath => _shape != Shape.Regex;

    /// <summary>The .NET pattern the expression runs as (for diagnostics and tests).</summary>
    public string? DotNetPattern => _regex?.ToString();

    /// <summary>Compiles <c>^(?:<paramref name="expr"/>)$</c>; throws <see cref="Re2Exception"/> as Go's regexp.Compile would.</summary>
    public static GoRegexp Compile(string expr)
    {
        var tree = Re2Parser.Parse("^(?:" + expr + ")$");
        var inner = tree is { Kind: Re2NodeKind.Concat, Subs.Count: 3 } ? tree.Subs[1] : null;
        if (inner is not null && FastPath(inner) is { } fast)
        {
            return fast;
        }

        var bmp = Re2Emitter.EmitBmp(tree);
        var full = Re2Emitter.Emit(tree);
        var regex = Build(bmp) ?? throw new Re2Exception(Re2ErrorCode.Large, "^(?:" + expr + ")$");
        var astral = full == bmp ? null : new Lazy<Regex?>(() => Build(full));

        // A literal every match must start or end with lets most non-matching values skip the engine.
        var parts = inner is { Kind: Re2NodeKind.Concat } ? inner.Subs : inner is null ? [] : [inner];
        var prefix = string.Concat(parts.TakeWhile(p => p.Kind == Re2NodeKind.Literal).Select(p => LiteralText(p)));
        var suffix = parts.All(p => p.Kind == Re2NodeKind.Literal) ? ""
            : string.Concat(parts.Reverse().TakeWhile(p => p.Kind == Re2NodeKind.Literal).Reverse().Select(p => LiteralText(p)));
        return new GoRegexp(Shape.Regex, prefix, regex: regex, astral: astral, suffix: suffix);
    }

    /// <summary>The regex engine's answer alone, bypassing every shortcut (tests compare the two).</summary>
    internal static bool EngineIsMatch(string expr, string value) =>
        new Regex(Re2Emitter.Emit(Re2Parser.Parse("^(?:" + expr + ")$")), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant).IsMatch(value);

    public bool IsMatch(string value) => _shape switch
    {
        Shape.Literal => string.Equals(value, _literal, StringComparison.Ordinal),
        Shape.OneOf => _oneOf!.Contains(value),
        Shape.Prefix => value.StartsWith(_literal, StringComparison.Ordinal) && value.IndexOf('\n', _literal.Length) < 0,
        Shape.NoNewline => !value.Contains('\n', StringComparison.Ordinal),
        Shape.NonEmptyNoNewline => value.Length > 0 && !value.Contains('\n', StringComparison.Ordinal),
        Shape.Anything => true,
        _ => value.Length >= _literal.Length + _suffix.Length && value.StartsWith(_literal, StringComparison.Ordinal) &&
             value.EndsWith(_suffix, StringComparison.Ordinal) && RegexMatches(value),
    };

    // NonBacktracking refuses a pattern whose automaton would pass 10,000 nodes (x{1000}x{1000}, \pL{100} with its
    // astral branches), which Go accepts; found by fuzzing. Too large at all: "expression too large" at compile time.
    private static Regex? Build(string pattern)
    {
        try
        {
            return new Regex(pattern, Options);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // Too large only with its astral branches: characters outside the BMP are matched as U+FFFD, as Go reads invalid UTF-8.
    private bool RegexMatches(string value) =>
        _astral is null || value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? _regex!.IsMatch(value)
        : _astral.Value?.IsMatch(value) ?? _regex!.IsMatch(string.Concat(value.EnumerateRunes().Select(r => r.IsBmp ? r.ToString() : "\uFFFD")));

    private static GoRegexp? FastPath(Re2Node node)
    {
        if (LiteralText(node) is { } text)
        {
            return new GoRegexp(Shape.Literal, text);
        }

        if (FiniteLanguage.Strings(node) is { } strings)
        {
            return new GoRegexp(Shape.OneOf, oneOf: strings.ToFrozenSet(StringComparer.Ordinal));
        }

        if (node is { Kind: Re2NodeKind.Repeat, Max: -1, Min: 0 or 1 })
        {
            return node.Subs[0].Kind switch
            {
                Re2NodeKind.AnyCharNotNewline => new GoRegexp(node.Min == 0 ? Shape.NoNewline : Shape.NonEmptyNoNewline),
                Re2NodeKind.AnyChar when node.Min == 0 => new GoRegexp(Shape.Anything),
                _ => null,
            };
        }

        if (node.Kind == Re2NodeKind.Concat && node.Subs[^1] is { Kind: Re2NodeKind.Repeat, Min: 0, Max: -1 } star &&
            star.Subs[0].Kind == Re2NodeKind.AnyCharNotNewline &&
            LiteralText(new Re2Node(Re2NodeKind.Concat) { Subs = node.Subs.Take(node.Subs.Count - 1).ToList() }) is { } prefix)
        {
            return new GoRegexp(Shape.Prefix, prefix);
        }

        return null;
    }

    private static string? LiteralText(Re2Node node)
    {
        switch (node.Kind)
        {
            case Re2NodeKind.EmptyMatch:
                return "";
            case Re2NodeKind.Literal:
                return node.Rune is >= 0xD800 and <= 0xDFFF ? null : char.ConvertFromUtf32(node.Rune);
            case Re2NodeKind.Concat:
                var sb = new StringBuilder();
                foreach (var sub in node.Subs)
                {
                    if (LiteralText(sub) is not { } part)
                    {
                        return null;
                    }

                    sb.Append(part);
                }

                return sb.ToString();
            default:
                return null;
        }
    }
}
