namespace AlertRouter.Templating.Exec;

/// <summary>
/// A Go function or method as templates see it: parameter types (the last one is the element type when
/// <see cref="Variadic"/>), one result, and whether it also returns an error. <see cref="Invoke"/> gets the receiver
/// (invalid for plain functions) and the converted arguments; it throws <see cref="GoFuncException"/> for a Go error.
/// </summary>
internal sealed record GoFunc(string Name, GoType[] Params, bool Variadic, GoType Result, bool ReturnsError, Func<GoValue, GoValue[], GoValue> Invoke)
{
    /// <summary>Parameters as Go's reflect would count them (a variadic parameter is one slice parameter).</summary>
    public int NumIn => Params.Length;
}
