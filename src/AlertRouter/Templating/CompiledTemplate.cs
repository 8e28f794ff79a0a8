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

    /// <summary>Renders with <paramref name="data"/> as dot; throws <see cref="TemplateExecException"/> with Go's message.</summary>
    public string Execute(Alertmanager.TemplateData data) => Execute(Alertmanager.AlertmanagerTypes.Of(data));

    internal string Execute(GoValue data)
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
            throw new TemplateExecException($"template: {_root.Name}: exceeded maximum template depth ({_context.Limits.MaxCallDepth})");
        }
        catch (Exception e) when (e is not TemplateException)
        {
            // A defect in the engine must not escape as anything but a template error.
            throw new TemplateExecException($"template: {_root.Name}: internal error: {e.Message}");
        }

        return GoString.ToDisplay(sb.ToString());
    }
}
