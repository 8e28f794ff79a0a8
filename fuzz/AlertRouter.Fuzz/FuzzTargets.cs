namespace AlertRouter.Fuzz;

/// <summary>Every <see cref="IFuzzTarget"/> in this assembly, by name.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<IFuzzTarget> All { get; } = typeof(FuzzTargets).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IFuzzTarget)))
        .Select(t => (IFuzzTarget)Activator.CreateInstance(t)!)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
