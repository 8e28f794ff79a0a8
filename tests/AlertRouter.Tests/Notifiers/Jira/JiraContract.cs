using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Jira;

/// <summary>
/// Jira for the shared contract: Data Center search and create with a personal access token (Bearer) as the secret;
/// the scripted answers apply to the search, which opens every attempt (<see cref="JiraContractTarget"/>).
/// </summary>
internal sealed class JiraContract : IntegrationContract
{
    private const string ApiToken = "jiraCONTRACT2a9c7e5b3d";

    public override string Type => "jira";

    public override IReadOnlyList<string> Secrets => [ApiToken];

    public override Task<ContractTarget> StartTargetAsync() => JiraContractTarget.StartAsync();

    public override string Config(ContractTarget target) =>
        $"{{api_url: '{target.Address}/rest/api/2/', api_type: datacenter, project: OPS, issue_type: Bug, http_config: {{authorization: {{credentials: '{ApiToken}'}}}}}}";
}
