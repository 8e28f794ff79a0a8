using System.Text;
using AlertRouter.Templating.Exec;
using AlertRouter.Templating.Fmt;
using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating;

/// <summary>
/// An inline template compiled once against its set (Alertmanager's ExecuteTextString / ExecuteHTMLString): its own
/// tree, the defines it adds, and (for html) the escaped trees. Thread-safe; render with <see cref="Execute"/>.
/// </summary>
internal sealed class CompiledTemplate
{
    private readonly ParsedTree? _root;
    private readonly ExecContext? _context;
    private readonly string? _escapeError;

    internal CompiledTemplate(string source, ParsedTree? root, ExecContext? context, string? escapeError = null)
    {
        Source = source;
        _root = root;
        _context = context;
        _escapeError = escapeError;
    }

    public string Source { get; }

    /// <summary>Renders with <paramref name="data"/> as dot; throws <see cref="TemplateExecException"/> with Go's message.
    /// A byte that is not UTF-8 comes out as U+FFFD (what Go's encoding/json writes for it).</summary>
    public string Execute(Alertmanager.TemplateData data) => GoString.ToDisplay(Render(Alertmanager.AlertmanagerTypes.Of(data)));

    /// <summary>Renders to the exact bytes Go writes (invalid UTF-8 kept), as email bodies and subjects carry them.</summary>
    public byte[] ExecuteUtf8(Alertmanager.TemplateData data) => GoString.ToBytes(Render(Alertmanager.AlertmanagerTypes.Of(data)));

    internal string Execute(GoValue data) => GoString.ToDisplay(Render(data));

    private string Render(GoValue data)
    {
        if (_root is null || _context is null)
        {
            return "";
        }

        if (_escapeError is not null)
        {
            throw new TemplateExecException(_escapeError);
        }

        var sb = new StringBuilder();
        try
        {
            Executor.Execute(_context, _root, data, sb);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new TemplateExecException($"template: {_root.Name}: {Executor.DepthExceeded}");
        }
        catch (Exception e) when (e is not TemplateException)
        {
            // A defect in the engine must not escape as anything but a template error.
            throw new TemplateExecException($"template: {_root.Name}: internal error: {e.Message}");
        }

        return sb.ToString();
    }
}
