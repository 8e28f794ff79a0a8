namespace AlertRouter.Templating.Exec;

/// <summary>The error a template function returned (or panicked with); the executor wraps it as
/// <c>error calling NAME: MESSAGE</c>.</summary>
internal sealed class GoFuncException(string message) : Exception(message);
