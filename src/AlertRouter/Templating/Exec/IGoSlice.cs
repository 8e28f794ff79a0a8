namespace AlertRouter.Templating.Exec;

/// <summary>A Go slice or array as templates use it: indexed access and re-slicing.</summary>
internal interface IGoSlice
{
    int Count { get; }

    GoValue this[int index] { get; }

    IGoSlice Slice(int low, int high);
}
