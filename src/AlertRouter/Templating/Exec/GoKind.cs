namespace AlertRouter.Templating.Exec;

/// <summary>Go's reflect.Kind, reduced to what templates meet.</summary>
internal enum GoKind
{
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Slice,
    Map,
    Struct,
    Pointer,
    Interface,
    Func,
}
