namespace AlertRouter.Templating.Exec;

/// <summary>Go's template truth (isTrue): zero values, empty containers and nil are false; every struct is true.</summary>
internal static class Truth
{
    public static bool IsTrue(GoValue v) => v.Kind switch
    {
        GoKind.Invalid => false,
        GoKind.Bool => v.Bool,
        GoKind.String => v.Str.Length > 0,
        GoKind.Slice => v.Ref is IGoSlice s && s.Count > 0,
        GoKind.Map => v.Ref is IGoMap m && m.Count > 0,
        GoKind.Pointer or GoKind.Interface or GoKind.Func => v.Ref is not null,
        GoKind.Float32 or GoKind.Float64 => v.Float != 0,
        GoKind.Complex64 or GoKind.Complex128 => v.Ref is System.Numerics.Complex c && c != System.Numerics.Complex.Zero,
        GoKind.Struct => true,
        _ => v.Bits != 0,
    };
}
