using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.PagerDuty;

/// <summary>PagerDuty's key of <c>global:</c>: <c>pagerduty_url</c>, default the Events API v2 endpoint.</summary>
internal sealed record PagerDutyGlobals(string Url)
{
    public static PagerDutyGlobals Parse(GlobalScope scope)
    {
        var url = scope.Reader.Str("pagerduty_url");
        if (url.Resolved && ConfigUrl.Validate(url.Value!) is { } error)
        {
            scope.Error(url.Node, error);
        }

        return new PagerDutyGlobals(GlobalScope.NonEmpty(url) ?? PagerDutyNotifier.DefaultV2Url);
    }
}
