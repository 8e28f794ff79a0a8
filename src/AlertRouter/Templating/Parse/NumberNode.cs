using System.Numerics;
using System.Text;

namespace AlertRouter.Templating.Parse;

/// <summary>A numeric constant with every Go interpretation that fits (int, uint, float, complex), as Go's parser keeps.</summary>
internal sealed class NumberNode(int pos, TreeSource source, string text) : Node(pos, source)
{
    public string Text { get; } = text;

    public bool IsInt { get; set; }

    public bool IsUint { get; set; }

    public bool IsFloat { get; set; }

    public bool IsComplex { get; set; }

    public long Int64 { get; set; }

    public ulong Uint64 { get; set; }

    public double Float64 { get; set; }

    public Complex Complex128 { get; set; }

    public override void WriteTo(StringBuilder sb) => sb.Append(Text);

    public override Node Copy() => this;

    /// <summary>Go's simplifyComplex: a complex with no imaginary part is also a float (and maybe an integer).</summary>
    public void SimplifyComplex()
    {
        IsFloat = Complex128.Imaginary == 0;
        if (!IsFloat)
        {
            return;
        }

        Float64 = Complex128.Real;
        if (GoNumbers.FloatIsInt64(Float64, out var i))
        {
            IsInt = true;
            Int64 = i;
        }

        if (GoNumbers.FloatIsUint64(Float64, out var u))
        {
            IsUint = true;
            Uint64 = u;
        }
    }
}
