using AlertRouter.Templating.Parse;

namespace AlertRouter.Templating.Exec;

/// <summary>What an execution needs from its template set: named trees, functions, options and limits.</summary>
internal sealed class ExecContext(
    Func<string, ParsedTree?> lookup,
    IReadOnlyDictionary<string, GoFunc> funcs,
    MissingKey missingKey,
    ExecutionLimits limits)
{
    public Func<string, ParsedTree?> Lookup { get; } = lookup;

    public IReadOnlyDictionary<string, GoFunc> Funcs { get; } = funcs;

    public MissingKey MissingKey { get; } = missingKey;

    public ExecutionLimits Limits { get; } = limits;

    /// <summary>Go's findFunction: the set's functions first, then the builtins.</summary>
    public GoFunc? FindFunction(string name, out bool isBuiltin)
    {
        isBuiltin = false;
        if (Funcs.TryGetValue(name, out var f))
        {
            return f;
        }

        isBuiltin = Builtins.All.TryGetValue(name, out f);
        return f;
    }
}
