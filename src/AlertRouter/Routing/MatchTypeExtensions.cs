namespace AlertRouter.Routing;

internal static class MatchTypeExtensions
{
    public static string Operator(this MatchType type) => type switch
    {
        MatchType.Equal => "=",
        MatchType.NotEqual => "!=",
        MatchType.Regexp => "=~",
        _ => "!~",
    };

    public static MatchType? FromOperator(string op) => op switch
    {
        "=" => MatchType.Equal,
        "!=" => MatchType.NotEqual,
        "=~" => MatchType.Regexp,
        "!~" => MatchType.NotRegexp,
        _ => null,
    };
}
