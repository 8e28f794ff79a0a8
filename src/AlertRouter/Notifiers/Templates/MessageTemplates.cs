using System.Collections.Concurrent;
using AlertRouter.Templating;
using AlertRouter.Templating.Alertmanager;

namespace AlertRouter.Notifiers.Templates;

/// <summary>
/// The templates of one config load: Alertmanager's default templates and the <c>templates:</c> files as one
/// <see cref="TemplateSet"/>, and every field source compiled against it. A source compiles once per load (the
/// validator compiles every configured field at load; a default or a field first met at send time compiles on first
/// use) and is shared by every receiver and every notification until the next load replaces the whole object.
/// </summary>
internal sealed class MessageTemplates(TemplateSet set)
{
    private readonly ConcurrentDictionary<(TemplateFlavor Flavor, string Source), Lazy<CompiledTemplate>> _compiled = new();

    public TemplateSet Set => set;

    /// <summary>The compiled field; throws the same <see cref="TemplateParseException"/> on every call for a bad source.</summary>
    public CompiledTemplate Compile(string source, TemplateFlavor flavor) =>
        _compiled.GetOrAdd((flavor, source), static (key, s) => new Lazy<CompiledTemplate>(
            () => key.Flavor == TemplateFlavor.Html ? s.CompileHtml(key.Source) : s.CompileText(key.Source)), set).Value;
}
