namespace AlertRouter.Routing;

/// <summary>A matcher or matcher list that does not parse, with Alertmanager's message.</summary>
public sealed class MatcherParseException(string message) : FormatException(message);
