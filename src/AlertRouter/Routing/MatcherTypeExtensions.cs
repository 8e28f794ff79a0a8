namespace AlertRouter.Routing;

internal static class MatcherTypeExtensions
{
    public static string Operator(this MatcherType type) => type switch
    {
        MatcherType.Equal => "=",
        MatcherType.NotEqual => "!=",
        MatcherType.Regexp => "=~",
        _ => "!~",
    };

    public static MatcherType? FromOperator(string op) => op switch
    {
        "=" => MatcherType.Equal,
        "!=" => MatcherType.NotEqual,
        "=~" => MatcherType.Regexp,
        "!~" => MatcherType.NotRegexp,
        _ => null,
    };
}
