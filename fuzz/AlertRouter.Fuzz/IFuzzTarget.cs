namespace AlertRouter.Fuzz;

/// <summary>
/// One fuzzed entry point. <see cref="Run"/> returns when the input was handled as documented: accepted, or refused
/// with the documented error. A broken property throws <see cref="PropertyViolation"/>; any other exception escaping
/// it is an undocumented one. Both are findings.
/// </summary>
/// <remarks>
/// Adding a target is one class implementing this interface (found by <see cref="FuzzTargets"/>) and a seed folder
/// <c>corpus/NAME</c>; see docs/fuzzing.md.
/// </remarks>
internal interface IFuzzTarget
{
    /// <summary>The command-line name, and the name of the seed folder <c>corpus/NAME</c>.</summary>
    string Name { get; }

    void Run(ReadOnlySpan<byte> input);
}
