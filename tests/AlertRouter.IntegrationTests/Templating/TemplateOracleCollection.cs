namespace AlertRouter.IntegrationTests.Templating;

/// <summary>The template tests share one Alertmanager run.</summary>
[CollectionDefinition(Name)]
public sealed class TemplateOracleCollection : ICollectionFixture<AlertmanagerOracle>
{
    public const string Name = "template oracle";
}
