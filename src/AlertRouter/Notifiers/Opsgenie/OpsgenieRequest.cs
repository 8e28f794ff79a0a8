namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>One request of a notification: method, URL relative to <c>api_url</c> (path and query) and JSON body.</summary>
internal sealed record OpsgenieRequest(HttpMethod Method, string Path, byte[] Body);
