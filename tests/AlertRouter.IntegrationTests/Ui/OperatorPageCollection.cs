namespace AlertRouter.IntegrationTests.Ui;

/// <summary>The page tests and the API tests share one AlertRouter and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class OperatorPageCollection : ICollectionFixture<OperatorPageFixture>
{
    public const string Name = "operator page";
}
