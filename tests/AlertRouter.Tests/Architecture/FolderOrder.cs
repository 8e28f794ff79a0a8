namespace AlertRouter.Tests.Architecture;

/// <summary>
/// Checks the service's files against the floors: each import of a room — a using, a qualified name, or a type
/// taken from an enclosing namespace that belongs to another room — must point to a floor below the file's own.
/// </summary>
internal sealed class FolderOrder(Floors floors, IReadOnlyList<SourceFile> files)
{
    private readonly Dictionary<string, HashSet<string>> _typesOf = files.Where(f => f.Namespace is not null)
        .GroupBy(f => f.Namespace!)
        .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Types).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>One line per offence: the file, its room, the room it imports and how.</summary>
    public IReadOnlyList<string> Violations()
    {
        var violations = new List<string>();
        foreach (var file in files.Where(f => f.Namespace is not null))
        {
            if (floors.RoomOf(file.Folder) is not { } room)
            {
                violations.Add($"{file.Path}: folder {file.Folder} is in no room of the floors in docs/architecture.md");
                continue;
            }

            foreach (var (ns, how) in Imports(file).Distinct())
            {
                var target = floors.RoomOfNamespace(ns);
                if (target is null)
                {
                    violations.Add($"{file.Path}: imports {ns} ({how}), a folder in no room of the floors");
                }
                else if (target != room && floors.FloorOf[target] >= floors.FloorOf[room])
                {
                    violations.Add($"{file.Path}: {room} (floor {floors.FloorOf[room]}) imports {target} (floor {floors.FloorOf[target]}) through {how}");
                }
            }
        }

        return violations;
    }

    private IEnumerable<(string Namespace, string How)> Imports(SourceFile file)
    {
        foreach (var target in file.Usings)
        {
            if (NamespacePart(target.Split('.'), out _) is { } ns)
            {
                yield return (ns, $"'using {target}'");
            }
        }

        // A dotted name is looked up from the innermost enclosing namespace outwards, as the compiler does.
        var enclosing = file.Namespace!.Split('.');
        foreach (var name in file.DottedNames)
        {
            var global = name.StartsWith("AlertRouter.", StringComparison.Ordinal);
            for (var depth = global ? 0 : enclosing.Length; depth >= (global ? 0 : 1); depth--)
            {
                string[] parts = [.. enclosing[..depth], .. name.Split('.')];
                if (NamespacePart(parts, out var length) is { } ns && length > depth && length < parts.Length && _typesOf[ns].Contains(parts[length]))
                {
                    yield return (ns, $"'{name}'");
                    break;
                }
            }
        }

        // A namespace sees the types of the namespaces enclosing it without a using (AlertRouter.Storage.Sqlite sees
        // AlertRouter.Storage), so a room drawn inside another must not name the outer room's types.
        var own = floors.RoomOfNamespace(file.Namespace!);
        for (var length = enclosing.Length - 1; length > 1; length--)
        {
            var outer = string.Join('.', enclosing[..length]);
            if (floors.RoomOfNamespace(outer) != own && _typesOf.TryGetValue(outer, out var types))
            {
                foreach (var name in file.PlainNames.Where(types.Contains))
                {
                    yield return (outer, $"'{name}' of the enclosing namespace {outer}");
                }
            }
        }
    }

    /// <summary>The longest leading part of <paramref name="parts"/> that is a namespace of the service.</summary>
    private string? NamespacePart(string[] parts, out int length)
    {
        for (length = parts.Length; length > 1; length--)
        {
            var ns = string.Join('.', parts[..length]);
            if (_typesOf.ContainsKey(ns))
            {
                return ns;
            }
        }

        return null;
    }
}
