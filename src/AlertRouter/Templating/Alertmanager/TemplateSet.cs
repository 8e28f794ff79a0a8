using System.Collections.Concurrent;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Html;
using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Alertmanager;

/// <summary>
/// Alertmanager's template.Template: the default templates, then the <c>templates:</c> files, parsed once per config
/// load. Inline fields compile against it (<see cref="CompileText"/>, <see cref="CompileHtml"/>) and may call its
/// defines. Immutable after load and safe to share between threads.
/// </summary>
internal sealed class TemplateSet
{
    private readonly TemplateNamespace _namespace;
    private readonly IReadOnlyDictionary<string, GoFunc> _funcs;
    private readonly ExecutionLimits _limits;
    private readonly ConcurrentDictionary<string, CompiledTemplate> _named = new(StringComparer.Ordinal);
    private long _compilations;

    private TemplateSet(TemplateNamespace ns, IReadOnlyDictionary<string, GoFunc> funcs, ExecutionLimits limits, IReadOnlyList<string> files)
    {
        _namespace = ns;
        _funcs = funcs;
        _limits = limits;
        Files = files;
    }

    /// <summary>The template files loaded, in load order.</summary>
    public IReadOnlyList<string> Files { get; }

    public IEnumerable<string> DefinedNames => _namespace.Names;

    /// <summary>
    /// Inline sources compiled against this set so far (<see cref="CompileText"/>, <see cref="CompileHtml"/>): what
    /// proves that fields compile once per config load, never per notification.
    /// </summary>
    public long Compilations => Interlocked.Read(ref _compilations);

    public static TemplateSet Defaults(TimeProvider timeProvider, ExecutionLimits? limits = null, string? alertmanagerVersion = null) =>
        Load([], "", timeProvider, limits, alertmanagerVersion);

    /// <summary>
    /// Loads the defaults, then every file each glob matches (relative globs against <paramref name="configDirectory"/>).
    /// Throws <see cref="TemplateParseException"/> (Go's message; <c>File</c> set) for the first file that does not parse.
    /// <paramref name="alertmanagerVersion"/> ("0.25") limits the functions to those of that release, as its
    /// <c>amtool check-config</c> would; null allows every function up to 0.34.
    /// </summary>
    public static TemplateSet Load(IEnumerable<string> globs, string configDirectory, TimeProvider timeProvider,
        ExecutionLimits? limits = null, string? alertmanagerVersion = null)
    {
        var funcs = AlertmanagerFunctions.Create(timeProvider, alertmanagerVersion);
        var ns = new TemplateNamespace();
        foreach (var text in DefaultTemplates.Sources)
        {
            ns.Add(Parser.Parse("", text, n => HasFunction(funcs, n)));
        }

        var files = new List<string>();
        foreach (var glob in globs)
        {
            var pattern = Path.IsPathRooted(glob) ? glob : Path.Combine(configDirectory, glob);
            IReadOnlyList<string> matches;
            try
            {
                matches = GoGlob.Expand(pattern);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TemplateParseException($"open {pattern}: {e.Message}", Path.GetFileName(pattern), 0, pattern);
            }

            foreach (var file in matches)
            {
                var name = Path.GetFileName(file);
                string text;
                try
                {
                    text = Fmt.GoString.FromBytes(File.ReadAllBytes(file));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new TemplateParseException($"open {file}: {e.Message}", name, 0, file);
                }

                try
                {
                    ns.Add(Parser.Parse(name, text, n => HasFunction(funcs, n)));
                }
                catch (TemplateParseException e)
                {
                    throw new TemplateParseException(e.Message, e.TemplateName, e.Line, file);
                }

                files.Add(file);
            }
        }

        return new TemplateSet(ns, funcs, limits ?? ExecutionLimits.Default, files);
    }

    private static bool HasFunction(IReadOnlyDictionary<string, GoFunc> funcs, string name) =>
        funcs.ContainsKey(name) || Builtins.All.ContainsKey(name);

    public bool IsDefined(string name) => _namespace.Lookup(name) is not null;

    /// <summary>Parses an inline text field as Alertmanager's ExecuteTextString would; throws TemplateParseException.</summary>
    public CompiledTemplate CompileText(string source)
    {
        Interlocked.Increment(ref _compilations);
        if (source.Length == 0)
        {
            return new CompiledTemplate(source, null, null);
        }

        var (root, local) = ParseField(source);
        return new CompiledTemplate(source, root, Context(local.Lookup));
    }

    /// <summary>Parses an inline html field (ExecuteHTMLString); escaping problems surface at Execute, as in Go.</summary>
    public CompiledTemplate CompileHtml(string source)
    {
        Interlocked.Increment(ref _compilations);
        if (source.Length == 0)
        {
            return new CompiledTemplate(source, null, null);
        }

        var (root, local) = ParseField(source);
        var escaped = HtmlEscaper.Escape(root, local.Lookup, _funcs);
        return escaped.Error is { } error
            ? new CompiledTemplate(source, root, Context(local.Lookup), error)
            : new CompiledTemplate(source, escaped.Root, Context(escaped.Lookup, HtmlFunctions.Escapers));
    }

    public string ExecuteText(string source, TemplateData data) => CompileText(source).Execute(data);

    public string ExecuteHtml(string source, TemplateData data) => CompileHtml(source).Execute(data);

    /// <summary>Executes a named template of the set (text or html), as <c>{{ template "name" . }}</c> would.</summary>
    public string ExecuteNamed(string name, TemplateData data, bool html = false)
    {
        var compiled = _named.GetOrAdd((html ? "h:" : "t:") + name, key =>
        {
            var tree = _namespace.Lookup(name);
            if (tree is null)
            {
                return new CompiledTemplate(key, null, null, $"template: no template {Fmt.GoQuoting.Quote(name)} associated with template \"\"");
            }

            if (!html)
            {
                return new CompiledTemplate(key, tree, Context(_namespace.Lookup));
            }

            var escaped = HtmlEscaper.Escape(tree, _namespace.Lookup, _funcs);
            return escaped.Error is { } error
                ? new CompiledTemplate(key, tree, Context(_namespace.Lookup), error)
                : new CompiledTemplate(key, escaped.Root, Context(escaped.Lookup, HtmlFunctions.Escapers));
        });
        return compiled.Execute(data);
    }

    private (ParsedTree Root, TemplateNamespace Local) ParseField(string source)
    {
        var trees = Parser.Parse("", source, n => HasFunction(_funcs, n));
        var local = new TemplateNamespace(_namespace);
        local.Add(trees);
        return (trees[""], local);
    }

    private ExecContext Context(Func<string, ParsedTree?> lookup, IReadOnlyDictionary<string, GoFunc>? extra = null)
    {
        var funcs = _funcs;
        if (extra is not null)
        {
            var merged = new Dictionary<string, GoFunc>(_funcs, StringComparer.Ordinal);
            foreach (var (k, v) in extra)
            {
                merged[k] = v;
            }

            funcs = merged;
        }

        return new ExecContext(lookup, funcs, MissingKey.Zero, _limits);
    }
}
