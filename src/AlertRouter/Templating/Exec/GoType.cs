using System.Collections.Concurrent;

namespace AlertRouter.Templating.Exec;

/// <summary>
/// A Go type as templates need it: printed name (for %T and error messages), kind, element/key types, exported
/// fields and methods. Built once per type; field and method lookups are dictionary hits, never reflection.
/// </summary>
internal sealed class GoType
{
    // Declared first: the predefined composite types below are built through it.
    private static readonly ConcurrentDictionary<(GoType, GoType?, GoKind), GoType> Composites = new();

    public static readonly GoType Bool = new("bool", GoKind.Bool);
    public static readonly GoType Int = new("int", GoKind.Int);
    public static readonly GoType Int32 = new("int32", GoKind.Int32);
    public static readonly GoType Int64 = new("int64", GoKind.Int64);
    public static readonly GoType Uint8 = new("uint8", GoKind.Uint8);
    public static readonly GoType Uint64 = new("uint64", GoKind.Uint64);
    public static readonly GoType Float64 = new("float64", GoKind.Float64);
    public static readonly GoType Complex128 = new("complex128", GoKind.Complex128);
    public static readonly GoType String = new("string", GoKind.String);
    public static readonly GoType EmptyInterface = new("interface {}", GoKind.Interface);

    /// <summary>Go's reflect.Value parameter type: builtins that take it accept anything, the invalid value included.</summary>
    public static readonly GoType ReflectValue = new("reflect.Value", GoKind.Struct);

    public static readonly GoType StringSlice = SliceOf(String);
    public static readonly GoType AnySlice = SliceOf(EmptyInterface);
    public static readonly GoType AnyMap = MapOf(String, EmptyInterface);

    private readonly Dictionary<string, GoField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GoFunc> _methods = new(StringComparer.Ordinal);
    private GoType? _pointer;

    public GoType(string name, GoKind kind, GoType? elem = null, GoType? key = null)
    {
        Name = name;
        Kind = kind;
        Elem = elem;
        Key = key;
        UnderlyingName = kind switch
        {
            GoKind.Slice => "[]" + elem!.Name,
            GoKind.Map => $"map[{key!.Name}]{elem!.Name}",
            GoKind.Pointer => "*" + elem!.Name,
            GoKind.Bool => "bool",
            GoKind.String => "string",
            GoKind.Int => "int",
            GoKind.Int64 => "int64",
            GoKind.Float64 => "float64",
            _ => name,
        };
    }

    public string Name { get; }

    /// <summary>The name of the underlying type: <c>map[string]string</c> for template.KV.</summary>
    public string UnderlyingName { get; }

    /// <summary>A defined (named) type such as template.KV, as opposed to a type literal like []string.</summary>
    public bool IsNamed => Name != UnderlyingName || IsBasic;

    public GoKind Kind { get; }

    public GoType? Elem { get; }

    public GoType? Key { get; }

    public IReadOnlyList<GoField> Fields { get; private set; } = [];

    /// <summary>The <c>String() string</c> method, which fmt uses to print the value.</summary>
    public GoFunc? Stringer => LookupMethod("String") is { Params.Length: 0, Result.Kind: GoKind.String } m ? m : null;

    public bool IsBasic => Kind is >= GoKind.Bool and <= GoKind.String;

    /// <summary>Whether Go's == works on values of this type.</summary>
    public bool Comparable => Kind switch
    {
        GoKind.Slice or GoKind.Map or GoKind.Func => false,
        GoKind.Struct => Fields.All(f => f.Type.Comparable),
        _ => true,
    };

    public static GoType SliceOf(GoType elem, string? name = null) =>
        name is null ? Composites.GetOrAdd((elem, null, GoKind.Slice), _ => new GoType("[]" + elem.Name, GoKind.Slice, elem))
            : new GoType(name, GoKind.Slice, elem);

    public static GoType MapOf(GoType key, GoType elem, string? name = null) =>
        name is null ? Composites.GetOrAdd((elem, key, GoKind.Map), _ => new GoType($"map[{key.Name}]{elem.Name}", GoKind.Map, elem, key))
            : new GoType(name, GoKind.Map, elem, key);

    public GoType PointerTo() => _pointer ??= new GoType("*" + Name, GoKind.Pointer, this);

    public GoType WithFields(params GoField[] fields)
    {
        Fields = fields;
        foreach (var f in fields)
        {
            _fields[f.Name] = f;
        }

        return this;
    }

    public GoType WithMethod(GoFunc method)
    {
        _methods[method.Name] = method;
        return this;
    }

    public GoField? LookupField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The method set of a pointer includes its element's methods.</summary>
    public GoFunc? LookupMethod(string name) =>
        _methods.TryGetValue(name, out var m) ? m : Kind == GoKind.Pointer ? Elem!.LookupMethod(name) : null;

    /// <summary>Go's AssignableTo: identical types, any type to an empty interface, or identical underlying types when
    /// one side is a type literal (template.KV to map[string]string).</summary>
    public bool AssignableTo(GoType target) =>
        ReferenceEquals(this, target) || target.Kind == GoKind.Interface || target.Name == Name ||
        (target.Kind == Kind && UnderlyingName == target.UnderlyingName && (!IsNamed || !target.IsNamed));

    public override string ToString() => Name;
}
