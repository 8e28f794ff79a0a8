
namespace AlertRouter.Yaml;

/// <summary>
/// A string field as read: absent (<see cref="Value"/> null and not <see cref="Unresolved"/>), a value, or present but
/// depending on an unset <c>${VAR}</c> (then validations that need the value are skipped).
/// </summary>
internal readonly record struct ScalarText(YamlNode? Node, string? Value, bool Unresolved)
{
    public bool Present => Value is not null || Unresolved;

    public bool Resolved => Value is not null && !Unresolved;

    public bool IsEmpty => !Unresolved && string.IsNullOrEmpty(Value);
}
