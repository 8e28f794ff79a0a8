using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using AlertRouter.Re2;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// Go's regexp for the template functions: RE2 syntax and errors (the project's RE2 parser), unanchored leftmost-first
/// matching on the linear-time engine, and ReplaceAllString with Go's <c>$1</c>/<c>${name}</c> expansion and empty-match
/// rules. Compiled patterns are cached (bounded) because templates pass the same literal patterns on every render.
/// </summary>
internal sealed class TemplateRegexp
{
    private const int MaxCached = 512;
    private static readonly ConcurrentDictionary<string, TemplateRegexp> Cache = new(StringComparer.Ordinal);

    private readonly Regex _regex;
    private readonly Dictionary<string, int> _names;
    private readonly int _groups;

    private TemplateRegexp(Regex regex, Dictionary<string, int> names, int groups)
    {
        _regex = regex;
        _names = names;
        _groups = groups;
    }

    /// <summary>Compiles like regexp.Compile; throws <see cref="GoFuncException"/> with Go's message.</summary>
    public static TemplateRegexp Compile(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Re2Node tree;
        try
        {
            tree = Re2Parser.ParseWithCaptures(pattern);
        }
        catch (Re2Exception e)
        {
            throw new GoFuncException(e.Message);
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = CollectGroups(tree, names);
        var regex = new Regex(Re2Emitter.Emit(tree), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var compiled = new TemplateRegexp(regex, names, groups);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(pattern, compiled);
        }

        return compiled;
    }

    private static int CollectGroups(Re2Node node, Dictionary<string, int> names)
    {
        var max = 0;
        if (node.Kind == Re2NodeKind.Capture)
        {
            max = node.Cap;
            if (node.Name is not null)
            {
                names.TryAdd(node.Name, node.Cap);
            }
        }

        foreach (var sub in node.Subs)
        {
            max = Math.Max(max, CollectGroups(sub, names));
        }

        return max;
    }

    public bool IsMatch(string s) => _regex.IsMatch(s);

    /// <summary>Go's Regexp.ReplaceAllString.</summary>
    public string ReplaceAll(string src, string repl)
    {
        var sb = new StringBuilder(src.Length);
        var lastMatchEnd = 0;
        var searchPos = 0;
        while (searchPos <= src.Length)
        {
            var m = _regex.Match(src, searchPos);
            if (!m.Success)
            {
                break;
            }

            var start = m.Index;
            var end = m.Index + m.Length;
            sb.Append(src, lastMatchEnd, start - lastMatchEnd);
            if (end > lastMatchEnd || start == 0)
            {
                Expand(sb, repl, src, m);
            }

            lastMatchEnd = end;
            var width = searchPos < src.Length ? (char.IsSurrogatePair(src, searchPos) ? 2 : 1) : 0;
            if (searchPos + width > end)
            {
                searchPos += width;
            }
            else if (searchPos + 1 > end)
            {
                searchPos++;
            }
            else
            {
                searchPos = end;
            }
        }

        sb.Append(src, lastMatchEnd, src.Length - lastMatchEnd);
        return sb.ToString();
    }

    // Go's Regexp.expand: $name and ${name}; a name is the longest run of letters, digits and '_'; $$ is '$'.
    private void Expand(StringBuilder sb, string template, string src, Match m)
    {
        var i = 0;
        while (i < template.Length)
        {
            var dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }

            sb.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            if (!TryExtract(template, ref i, out var name))
            {
                sb.Append('$');
                continue;
            }

            var numeric = name.All(char.IsAsciiDigit) && name.Length <= 8 && (name.Length == 1 || name[0] != '0');
            var group = numeric ? (int.Parse(name, System.Globalization.CultureInfo.InvariantCulture) is var num && num <= _groups ? num : -1)
                : _names.GetValueOrDefault(name, -1);
            if (group == 0)
            {
                sb.Append(m.Value);
            }
            else if (group > 0 && m.Groups[group.ToString(System.Globalization.CultureInfo.InvariantCulture)] is { Success: true } g)
            {
                sb.Append(src, g.Index, g.Length);
            }
        }
    }

    private static bool TryExtract(string s, ref int i, out string name)
    {
        name = "";
        if (i >= s.Length)
        {
            return false;
        }

        var brace = false;
        var j = i;
        if (s[j] == '{')
        {
            brace = true;
            j++;
        }

        var start = j;
        while (j < s.Length)
        {
            var r = GoString.DecodeRune(s, j, out var w, out _);
            if (!(Parse.Lexer.IsAlphaNumeric(r)))
            {
                break;
            }

            j += w;
        }

        if (j == start)
        {
            return false;
        }

        name = s[start..j];
        if (brace)
        {
            if (j >= s.Length || s[j] != '}')
            {
                return false;
            }

            j++;
        }

        i = j;
        return true;
    }
}
