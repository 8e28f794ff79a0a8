using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Routing.Matching;

namespace AlertRouter.Core;

/// <summary>
/// Drops route candidates that belong to the other listener, so the API and ops hosts can both map paths such as
/// <c>/</c> without ambiguity, and an ops-only path is a 404 on the API port (and the reverse).
/// </summary>
internal sealed class ListenerMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<ListenerMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var listener = ListenerOf(httpContext);
        for (var i = 0; i < candidates.Count; i++)
        {
            var wanted = candidates[i].Endpoint.Metadata.GetMetadata<ListenerMetadata>()?.Name;
            if (wanted is not null && listener is not null && wanted != listener)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    public static string? ListenerOf(HttpContext httpContext) =>
        httpContext.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(Listeners.ConnectionItemKey, out var name) == true
            ? name as string
            : null;
}
