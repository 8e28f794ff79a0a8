namespace AlertRouter.Templating.Exec;

/// <summary>How <c>.Name</c> resolves on one receiver type (method, struct field, or neither), cached on the node.</summary>
internal sealed class FieldResolution(GoType type, GoFunc? method, GoField? field)
{
    public GoType Type { get; } = type;

    public GoFunc? Method { get; } = method;

    public GoField? Field { get; } = field;

    public static FieldResolution Resolve(GoType type, string name) =>
        new(type, type.LookupMethod(name), type.Kind == GoKind.Struct ? type.LookupField(name) : null);
}
