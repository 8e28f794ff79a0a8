namespace AlertRouter.Tests.Config;

/// <summary>Alertmanager's route and config validation messages (§2.1).</summary>
public class ValidationMessageTests
{
    [Theory]
    [InlineData("route: {group_by: [a]}", "root route must specify a default receiver")]
    [InlineData("route: {receiver: d, matchers: [a=1]}", "root route must not have any matchers")]
    [InlineData("route: {receiver: d, match: {a: '1'}}", "root route must not have any matchers")]
    [InlineData("route: {receiver: d, continue: true}", "cannot have continue in root route")]
    [InlineData("route: {receiver: d, mute_time_intervals: [w]}", "root route must not have any mute time intervals")]
    [InlineData("route: {receiver: d, active_time_intervals: [w]}", "root route must not have any active time intervals")]
    [InlineData("route: {receiver: d, routes: [{receiver: x}]}", "undefined receiver \"x\" used in route")]
    [InlineData("route: {receiver: d, routes: [{matchers: [a=1], mute_time_intervals: [nope]}]}", "undefined time interval \"nope\" used in route")]
    [InlineData("route: {receiver: d, group_by: ['...', a]}", "cannot have wildcard group_by (`...`) and other labels at the same time")]
    [InlineData("route: {receiver: d, group_by: [a, a]}", "duplicated label \"a\" in group_by")]
    [InlineData("route: {receiver: d, group_by: ['a-b']}", "invalid label name \"a-b\" in group_by list")]
    [InlineData("route: {receiver: d, group_interval: 0s}", "group_interval cannot be zero")]
    [InlineData("route: {receiver: d, repeat_interval: 0s}", "repeat_interval cannot be zero")]
    [InlineData("route: {receiver: d, routes: [{match: {'a-b': x}}]}", "invalid label name \"a-b\"")]
    [InlineData("route: {receiver: d, routes: [{match_re: {a: null}}]}", "invalid regexp value for \"a\"")]
    [InlineData("route: {receiver: d, group_wait: 5x}", "not a valid duration string: \"5x\"")]
    [InlineData("route: {receiver: d, foo: bar}", "field foo not found in type config.plain")]
    [InlineData("route: {receiver: d, continue: maybe}", "cannot unmarshal !!str `maybe` into bool")]
    [InlineData("route: {receiver: d, routes: {a: 1}}", "cannot unmarshal !!map into []*config.Route")]
    [InlineData("route: {receiver: d}\ninhibit_rules: [{equal: ['a-b']}]", "invalid label name \"a-b\" in equal list")]
    [InlineData("route: {receiver: d}\ntime_intervals: [{time_intervals: []}]", "missing name in time interval")]
    [InlineData("route: {receiver: d}\nmute_time_intervals: [{time_intervals: []}]", "missing name in mute time interval")]
    [InlineData("route: {receiver: d}\ntime_intervals: [{name: w}, {name: w}]", "time interval \"w\" is not unique")]
    public void Load_InvalidRoute_FailsWithAlertmanagerMessage(string yaml, string message)
    {
        var result = TestConfigs.Load(yaml + (yaml.Contains("receivers", StringComparison.Ordinal) ? "" : "\nreceivers: [{name: d}]"));

        Assert.Contains(result.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReceiverWithoutName_IsAnError()
    {
        var result = TestConfigs.Load("route: {receiver: d}\nreceivers: [{name: d}, {webhook_configs: [{url: 'http://x/y'}]}]");

        Assert.Contains("missing name in receiver", TestConfigs.Messages(result));
    }
}
