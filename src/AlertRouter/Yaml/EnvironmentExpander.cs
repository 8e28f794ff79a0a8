using System.Text;

namespace AlertRouter.Yaml;

/// <summary>
/// <c>${VAR}</c> and <c>${VAR:-default}</c> in string values (the default also applies when VAR is set but empty, as in
/// a shell). <c>$${</c> writes a literal <c>${</c>. Any other <c>$</c> is left alone, so regexes like <c>foo$</c> are safe,
/// and so is every <c>$</c> inside a Go template action (<c>{{ reReplaceAll "(?P&lt;host&gt;.+)" "${host}" . }}</c>),
/// which Alertmanager configs use and which never means a variable.
/// </summary>
public sealed class EnvironmentExpander(Func<string, string?> lookup)
{
    public static readonly EnvironmentExpander Process = new(Environment.GetEnvironmentVariable);

    /// <summary>The expanded text and the variables that were unset with no default (unset parts expand to "").</summary>
    public (string Value, IReadOnlyList<string> Missing) Expand(string input)
    {
        if (!input.Contains('$', StringComparison.Ordinal))
        {
            return (input, []);
        }

        var sb = new StringBuilder(input.Length);
        List<string>? missing = null;
        var inAction = false;
        for (var i = 0; i < input.Length; i++)
        {
            if (i + 1 < input.Length && input[i] == input[i + 1] && input[i] is '{' or '}')
            {
                inAction = input[i] == '{';
            }

            if (input[i] != '$' || inAction || i + 1 >= input.Length)
            {
                sb.Append(input[i]);
                continue;
            }

            if (input[i + 1] == '$' && i + 2 < input.Length && input[i + 2] == '{')
            {
                sb.Append("${");
                i += 2;
                continue;
            }

            var close = input[i + 1] == '{' ? input.IndexOf('}', i + 2) : -1;
            var body = close > 0 ? input[(i + 2)..close] : "";
            var sep = body.IndexOf(":-", StringComparison.Ordinal);
            var name = sep >= 0 ? body[..sep] : body;
            if (close < 0 || !IsName(name))
            {
                sb.Append('$');
                continue;
            }

            var value = lookup(name);
            if (sep >= 0 && string.IsNullOrEmpty(value))
            {
                value = body[(sep + 2)..];
            }

            if (value is null)
            {
                (missing ??= []).Add(name);
            }

            sb.Append(value);
            i = close;
        }

        return (sb.ToString(), missing ?? (IReadOnlyList<string>)[]);
    }

    private static bool IsName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
