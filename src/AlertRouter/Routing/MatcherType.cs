namespace AlertRouter.Routing;

/// <summary>The four matcher operators, in Alertmanager's sort order.</summary>
public enum MatcherType
{
    Equal,
    NotEqual,
    Regexp,
    NotRegexp,
}
