using System.Text;
using System.Text.RegularExpressions;

namespace AlertRouter.Tests.Architecture;

/// <summary>One C# file of the service as the folder-order check reads it: namespace, declared types, code without comments.</summary>
internal sealed partial record SourceFile(string Path, string? Namespace, IReadOnlyList<string> Types, string Code)
{
    /// <param name="path">The path under src/AlertRouter, '/'-separated.</param>
    public static SourceFile Parse(string path, string text)
    {
        var code = WithoutComments(text);
        var ns = NamespaceLine().Match(code);
        return new SourceFile(path, ns.Success ? ns.Groups[1].Value : null,
            [.. TypeDeclaration().Matches(code).Select(m => m.Groups[1].Value)], code);
    }

    /// <summary>Every file under <paramref name="root"/> but build output.</summary>
    public static IReadOnlyList<SourceFile> ReadTree(string root) =>
        [.. Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => Parse(p, File.ReadAllText(System.IO.Path.Combine(root, p))))];

    public string Folder => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : "";

    /// <summary>The target of every <c>using AlertRouter…;</c> (plain, static or alias).</summary>
    public IEnumerable<string> Usings => UsingLine().Matches(Code).Select(m => m.Groups[1].Value);

    /// <summary>Dotted names outside using and namespace lines, e.g. <c>Config.Receiver</c> or <c>AlertRouter.Cli.CommandLine</c>.</summary>
    public IEnumerable<string> DottedNames => DottedName().Matches(Body).Select(m => m.Value);

    /// <summary>Capitalised names not written after a dot: what may come from an enclosing namespace.</summary>
    public IEnumerable<string> PlainNames => PlainName().Matches(Body).Select(m => m.Value).Distinct();

    private string Body => UsingOrNamespaceLine().Replace(Code, "");

    // Comments go (a doc comment's cref imports nothing), and so does the text of plain strings; an interpolated
    // string stays whole, so a qualified name inside one of its holes still counts.
    private static string WithoutComments(string text)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("//"))
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
            }
            else if (rest.StartsWith("/*"))
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : text.Length;
                code.Append(' ');
            }
            else if (rest[0] == '"')
            {
                // An interpolated string keeps its text (its holes are code); a plain one imports nothing.
                var end = StringEnd(text, i);
                code.Append(Interpolated(text, i) ? text.AsSpan(i, end - i) : "\"\"");
                i = end;
            }
            else
            {
                var end = rest[0] == '\'' ? CharEnd(text, i) : i + 1;
                code.Append(text, i, end - i);
                i = end;
            }
        }

        return code.ToString();
    }

    private static int StringEnd(string text, int start)
    {
        var quotes = 0;
        while (start + quotes < text.Length && text[start + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var close = text.IndexOf(new string('"', quotes), start + quotes, StringComparison.Ordinal);
            return close < 0 ? text.Length : close + quotes;
        }

        var verbatim = start > 0 && (text[start - 1] == '@' || (start > 1 && text[start - 2] == '@'));
        for (var i = start + 1; i < text.Length; i++)
        {
            if (verbatim && text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
            }
            else if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"' || (!verbatim && text[i] == '\n'))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static bool Interpolated(string text, int quote)
    {
        for (var i = quote - 1; i >= 0 && text[i] is '$' or '@'; i--)
        {
            if (text[i] == '$')
            {
                return true;
            }
        }

        return false;
    }

    private static int CharEnd(string text, int start)
    {
        var i = start + 1 < text.Length && text[start + 1] == '\\' ? start + 3 : start + 2;
        var close = text.IndexOf('\'', Math.Min(i, text.Length));
        return close < 0 || close - start > 10 ? start + 1 : close + 1;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^(?:(?:public|internal|file|static|sealed|abstract|partial|readonly|ref)\s+)*(?:record\s+struct|record\s+class|class|record|interface|enum|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(AlertRouter(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"^(?:(?:global\s+)?using\s+[^;(]*|namespace\s+[\w.]+\s*);", RegexOptions.Multiline)]
    private static partial Regex UsingOrNamespaceLine();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*(?:\.[A-Z]\w*)+")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*")]
    private static partial Regex PlainName();
}
