using AlertRouter.Model;
using AlertRouter.Routing;
using AlertRouter.Tests.Config;
using FsCheck;
using FsCheck.Fluent;

namespace AlertRouter.Tests.Routing;

public class MatcherPropertyTests
{
    private static readonly string[] Names = ["a", "team", "service_name", "x1", "env", "sévérité", "with space", "q\"uote"];

    private static readonly string[] Values =
        ["", "foo", "foo bar", "a\"b", "back\\slash", "new\nline", "tab\t", "café", "🙂", "x,y", "{x}", "a=b", "~!", "'"];

    private static readonly string[] Regexes = ["foo|bar", ".*", ".+", "prod.*", "[a-c]+", "\\d+", "(?i)FOO", "a|", "caf.", "[^a]*", "x{2,3}"];

    private static Arbitrary<Matcher> MatcherArbitrary() =>
        (from type in Gen.Elements(MatcherType.Equal, MatcherType.NotEqual, MatcherType.Regexp, MatcherType.NotRegexp)
         from name in Gen.Elements(Names)
         from value in type is MatcherType.Regexp or MatcherType.NotRegexp ? Gen.Elements(Regexes) : Gen.Elements(Values)
         select Matcher.Create(type, name, value)).ToArbitrary();

    [Fact]
    public void ParsePrintParse_IsStable()
    {
        Prop.ForAll(MatcherArbitrary(), matcher =>
        {
            var printed = matcher.ToString();
            var reparsed = MatcherParser.ParseOne(printed).Matchers[0];
            return reparsed.Equals(matcher) && reparsed.ToString() == printed;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParsePrintParse_ListsAreStable()
    {
        var lists = Gen.ListOf(MatcherArbitrary().Generator).Select(l => Matchers.Sorted(l)).ToArbitrary();

        Prop.ForAll(lists, matchers =>
        {
            var printed = matchers.ToString();
            var reparsed = Matchers.Sorted(MatcherParser.ParseList(printed).Matchers);
            return reparsed.ToString() == printed;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParseList_RandomText_ThrowsOnlyParseErrors()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            try
            {
                MatcherParser.ParseList(text ?? "");
            }
            catch (MatcherParseException)
            {
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RouteMatch_RandomLabels_NeverThrows()
    {
        var config = TestConfigs.LoadValid("""
            route:
              receiver: d
              group_by: ['...']
              routes:
                - matchers: ['team=~"db|web"', 'severity!~"info|debug"']
                  continue: true
                  routes: [{matchers: ['env=~"prod.*"']}]
                - match_re: {service: '(?i)check.*'}
                - matchers: ['{"with space"="x", sévérité!=""}']
            receivers: [{name: d}]
            """);
        var labels = Gen.ListOf(Gen.Zip(Gen.Elements(Names.Concat(["severity", "service"]).ToArray()), ArbMap.Default.GeneratorFor<string>()))
            .Select(pairs => LabelSet.From(pairs.Where(p => p.Item2 is not null).GroupBy(p => p.Item1).Select(g => KeyValuePair.Create(g.Key, g.First().Item2))))
            .ToArbitrary();

        Prop.ForAll(labels, set =>
        {
            var routes = config.Root.Match(set);
            return routes.Count > 0 && routes.All(r => r.GroupKey(set).StartsWith(r.Key + ":", StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GoRegexp_Shortcuts_AgreeWithTheRegexEngine()
    {
        string[] patterns =
        [
            "foo", "foo|bar", "prod.*", ".*", ".+", "(High|Low)Latency[0-9]", "eu-(west|north)-[12]", "(?i)foo", "a{0,3}",
            "svc-(7|107)-(api|worker)", "i-[0-9]+\\.zone3\\.example", "x?y?z?", "", "a|", "[^a]", "caf.", "é|e",
        ];
        var inputs = Gen.Elements("", "foo", "FoO", "bar", "prod", "prod-eu", "prod\nx", "HighLatency3", "eu-west-1", "aaa", "aaaa",
            "svc-107-api", "svc-7-web", "i-42.zone3.example", "i-.zone3.example", "xz", "b", "café", "cafés", "é", "e", "🙂", "a");

        Prop.ForAll(Gen.Elements(patterns).ToArbitrary(), inputs.ToArbitrary(), (pattern, input) =>
            GoRegexp.Compile(pattern).IsMatch(input) == GoRegexp.EngineIsMatch(pattern, input)).QuickCheckThrowOnFailure();
    }
}
