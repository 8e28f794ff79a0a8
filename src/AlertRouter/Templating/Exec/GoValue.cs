namespace AlertRouter.Templating.Exec;

/// <summary>
/// A Go value: its type and payload. Strings, slices (<see cref="IGoSlice"/>), maps (<see cref="IGoMap"/>),
/// structs and pointers keep the payload in <see cref="Ref"/> (null = nil); numbers and bools in <see cref="Bits"/>.
/// The default value is Go's invalid reflect.Value (printed <c>&lt;no value&gt;</c>).
/// </summary>
internal readonly struct GoValue(GoType? type, object? reference, long bits = 0)
{
    public static readonly GoValue Invalid;
    public static readonly GoValue True = new(GoType.Bool, null, 1);
    public static readonly GoValue False = new(GoType.Bool, null, 0);
    public static readonly GoValue EmptyString = new(GoType.String, "");
    public static readonly GoValue NilInterface = new(GoType.EmptyInterface, null);

    public GoType? Type { get; } = type;

    public object? Ref { get; } = reference;

    public long Bits { get; } = bits;

    public bool IsValid => Type is not null;

    public GoKind Kind => Type?.Kind ?? GoKind.Invalid;

    public string Str => (string)Ref!;

    public long Int => Bits;

    public ulong Uint => (ulong)Bits;

    public double Float => BitConverter.Int64BitsToDouble(Bits);

    public bool Bool => Bits != 0;

    public IGoSlice Slice => (IGoSlice)Ref!;

    public IGoMap Map => (IGoMap)Ref!;

    /// <summary>Nil pointer, interface, map, slice or func.</summary>
    public bool IsNil => Kind is GoKind.Pointer or GoKind.Interface or GoKind.Map or GoKind.Slice or GoKind.Func && Ref is null;

    public static GoValue String(string s) => new(GoType.String, s);

    public static GoValue Of(GoType type, string s) => new(type, s);

    public static GoValue FromInt(long i) => new(GoType.Int, null, i);

    public static GoValue FromInt(GoType type, long i) => new(type, null, i);

    public static GoValue FromFloat(double f) => new(GoType.Float64, null, BitConverter.DoubleToInt64Bits(f));

    public static GoValue FromBool(bool b) => b ? True : False;

    public static GoValue FromObject(GoType type, object? o) => new(type, o);

    /// <summary>Drops the interface wrapper: a nil interface becomes the invalid value (Go's indirectInterface).</summary>
    public GoValue IndirectInterface() => Kind == GoKind.Interface && Ref is null ? Invalid : this;

    /// <summary>Dereferences a pointer to its element (the payload is shared).</summary>
    public GoValue Elem() => Kind == GoKind.Pointer && Ref is not null ? new GoValue(Type!.Elem, Ref) : this;

    public override string ToString() => Type is null ? "<invalid>" : $"{Type.Name}:{Ref ?? Bits}";
}
