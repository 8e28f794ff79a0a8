namespace AlertRouter.Routing.Utf8;

/// <summary>A UTF-8 matcher syntax error. <see cref="IsEndOfInput"/> marks the parser's internal end-of-input signal.</summary>
internal sealed class Utf8SyntaxException(string message, bool isEndOfInput = false) : Exception(message)
{
    public bool IsEndOfInput { get; } = isEndOfInput;
}
