namespace AlertRouter.Re2;

/// <summary>A regex that Go's regexp package would reject, with Go's message: <c>error parsing regexp: CODE: `EXPR`</c>.</summary>
internal sealed class Re2Exception(string code, string expr)
    : FormatException($"error parsing regexp: {code}: `{expr}`")
{
    public string Code { get; } = code;

    public string Expr { get; } = expr;
}
