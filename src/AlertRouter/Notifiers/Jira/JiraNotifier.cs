using System.Net.Http.Headers;
using System.Text.Json;
using AlertRouter.Notifiers.Http;
using AlertRouter.Notifiers.Templates;

namespace AlertRouter.Notifiers.Jira;

/// <summary>
/// <c>jira_configs</c>, as notify/jira (0.34): search the group's issue by its <c>ALERT{hash}</c> label; none found →
/// create it (a resolved group creates nothing); found → update it, then apply <c>resolve_transition</c> when the group
/// resolved and the issue is not done, or <c>reopen_transition</c> when it fires again on a done issue. Every request
/// is classified alike: 2xx goes on, 429 and 5xx retry (with Retry-After), other statuses are Permanent.
/// </summary>
internal sealed class JiraNotifier(NotifierHttp http, TemplateEngine engine, ILogger<JiraNotifier> logger)
    : NotifierBase<JiraConfig>(logger)
{
    public override string Integration => "jira";

    protected override async Task<DeliveryResult> SendAsync(JiraConfig config, NotificationContext context, CancellationToken ct)
    {
        if (!Uri.TryCreate(config.ApiUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            return new Permanent(FailureReason.ClientError, null, "invalid api_url");
        }

        var r = engine.For(Integration, context);
        var firing = r.Data.Status == "firing";
        var hash = JiraApi.GroupHash(context.GroupKey);
        var project = r.Render("project", config.Project);
        var search = JiraApi.Search(JiraApi.Jql(config, project, hash, firing));
        var (found, failure) = await CallAsync(config, HttpMethod.Post, JiraApi.SearchUrl(config), search, "failed to look up existing issues: HTTP request to JIRA API: ", ct);
        if (failure is not null)
        {
            return failure;
        }

        JiraFoundIssue? issue;
        try
        {
            issue = JiraFoundIssue.FirstOf(found!.Body);
        }
        catch (JsonException e)
        {
            return new Permanent(FailureReason.Other, found!.Status, $"failed to look up existing issues: {e.Message}");
        }

        if (issue is null && !firing)
        {
            return new Delivered(found.Status);
        }

        var path = issue is null ? "issue" : "issue/" + issue.Key;
        var method = issue is null ? HttpMethod.Post : HttpMethod.Put;
        var (body, error) = JiraIssueBuilder.Build(config, r, project, hash, update: issue is not null);
        if (body is null)
        {
            return new Permanent(FailureReason.Other, null, error!);
        }

        var (written, writeFailure) = await CallAsync(config, method, JiraApi.Join(config.ApiUrl, path), body, $"failed to {method} request to {Model.GoQuote.Quote(path)}: ", ct);
        if (writeFailure is not null)
        {
            return writeFailure;
        }

        var transition = issue switch
        {
            null => "",
            { IsDone: true } when firing => config.ReopenTransition,
            { IsDone: false } when !firing => config.ResolveTransition,
            _ => "",
        };
        return transition.Length == 0 || issue!.StatusCategory is null ? new Delivered(written!.Status) : await TransitionAsync(config, issue.Key, transition, ct);
    }

    private async Task<DeliveryResult> TransitionAsync(JiraConfig config, string key, string name, CancellationToken ct)
    {
        var path = $"issue/{key}/transitions";
        var (listed, failure) = await CallAsync(config, HttpMethod.Get, JiraApi.Join(config.ApiUrl, path), null, "", ct);
        if (failure is not null)
        {
            return failure;
        }

        string? id;
        try
        {
            id = JiraFoundIssue.TransitionId(listed!.Body, name);
        }
        catch (JsonException e)
        {
            return new Permanent(FailureReason.Other, listed!.Status, e.Message);
        }

        if (id is null)
        {
            return new Permanent(FailureReason.Other, listed.Status, $"can't find transition {name} for issue {key}");
        }

        var body = new Dictionary<string, object?> { ["transition"] = new Dictionary<string, object?> { ["id"] = id } };
        var (moved, moveFailure) = await CallAsync(config, HttpMethod.Post, JiraApi.Join(config.ApiUrl, path), body, "", ct);
        return moveFailure ?? new Delivered(moved!.Status);
    }

    /// <summary>One API request with Alertmanager's headers; a non-2xx answer becomes the classified failure.</summary>
    private async Task<(HttpReply? Reply, DeliveryResult? Failure)> CallAsync(
        JiraConfig config, HttpMethod method, Uri url, object? body, string prefix, CancellationToken ct)
    {
        // Go sends Content-Type: application/json even on the bodiless GET.
        var content = new ByteArrayContent(body is null ? [] : JiraJson.Encode(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = NotifierHttp.Request(method, url, content, config.Http);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var (reply, failure) = await http.SendAsync(config, config.Http, request, ct);
        return failure switch
        {
            Retryable f => (null, f with { Message = prefix + f.Message }),
            Permanent f => (null, f with { Message = prefix + f.Message }),
            not null => (null, failure),
            _ when !reply!.IsSuccess => (null, HttpFailures.FromStatus(reply, prefix + HttpFailures.UnexpectedStatus(reply))),
            _ => (reply, null),
        };
    }
}
