using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Architecture;

/// <summary>The floors drawn in docs/architecture.md hold for every file of the service.</summary>
public sealed class FolderOrderTests
{
    private static readonly Floors Drawn = Floors.Parse(File.ReadAllText(Path.Combine(Tools.RepoRoot, "docs", "architecture.md")));

    [Fact]
    public void Violations_ServiceSources_NoFileImportsARoomAboveItsOwn()
    {
        var violations = new FolderOrder(Drawn, SourceFile.ReadTree(Path.Combine(Tools.RepoRoot, "src", "AlertRouter"))).Violations();

        Assert.True(violations.Count == 0, "imports against the floors of docs/architecture.md:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Parse_ArchitectureDoc_StoreOnTheGroundFloorAboveModelOnly()
    {
        Assert.Equal(0, Drawn.FloorOf["Model"]);
        Assert.Equal(1, Drawn.FloorOf["Store"]);
        Assert.True(Drawn.FloorOf["Notifiers"] < Drawn.FloorOf["Config"]);
        Assert.True(Drawn.FloorOf["Re2"] < Drawn.FloorOf["Templating"]);
    }

    [Fact]
    public void Violations_UsingOfARoomAbove_NamesFileRoomsAndImport()
    {
        var violations = Check(("Store/Bad.cs", "using AlertRouter.Grouping;\n\nnamespace AlertRouter.Store;\n\npublic sealed record Bad;\n"));

        Assert.Equal(["Store/Bad.cs: Store (floor 1) imports Grouping (floor 3) through 'using AlertRouter.Grouping'"], violations);
    }

    [Fact]
    public void Violations_QualifiedNameOfARoomAbove_IsAnImport()
    {
        var violations = Check(("Delivery/Bad.cs", "namespace AlertRouter.Delivery;\n\ninternal sealed class Bad(Grouping.Dispatcher d);\n"));

        Assert.Equal(["Delivery/Bad.cs: Delivery (floor 2) imports Grouping (floor 3) through 'Grouping.Dispatcher'"], violations);
    }

    [Fact]
    public void Violations_NeighbourOnTheSameFloor_IsAnImport()
    {
        var violations = Check(("Store/Bad.cs", "namespace AlertRouter.Store;\n\ninternal sealed class Bad(AlertRouter.Core.Wakeup w);\n"));

        Assert.Equal(["Store/Bad.cs: Store (floor 1) imports Core (floor 1) through 'AlertRouter.Core.Wakeup'"], violations);
    }

    [Fact]
    public void Violations_InnerRoomNamingATypeOfTheRoomAroundIt_IsAnImport()
    {
        var violations = Check(
            ("Storage/Sqlite/Bad.cs", "namespace AlertRouter.Storage.Sqlite;\n\ninternal sealed class Bad(StoreHealth h);\n"),
            ("Storage/StoreHealth.cs", "namespace AlertRouter.Storage;\n\ninternal sealed class StoreHealth;\n"));

        Assert.Equal(
            ["Storage/Sqlite/Bad.cs: Storage/Sqlite (floor 4) imports Storage (floor 5) through 'StoreHealth' of the enclosing namespace AlertRouter.Storage"],
            violations);
    }

    [Fact]
    public void Violations_DownwardImportsAndCommentsAndStrings_NotReported()
    {
        var violations = Check((
            "Grouping/Good.cs",
            "using AlertRouter.Store;\n\nnamespace AlertRouter.Grouping;\n\n/// <see cref=\"Hosting.Host\"/> // using AlertRouter.Hosting;\n" +
            "internal sealed class Good(Delivery.Wake w) { string S => \"Hosting.Host // \"; }\n"));

        Assert.Empty(violations);
    }

    [Fact]
    public void Violations_FolderInNoRoom_Reported()
    {
        var violations = Check(("Attic/Box.cs", "namespace AlertRouter.Attic;\n\ninternal sealed class Box;\n"));

        Assert.Equal(["Attic/Box.cs: folder Attic is in no room of the floors in docs/architecture.md"], violations);
    }

    private static readonly Floors Small = Floors.Parse("""
        ## Floors
        ```text
        │ Hosting                │
        │ Storage                │
        │ Storage/Sqlite         │
        │ Grouping               │
        │ Delivery               │
        │ Core │ Store           │
        │ Model                  │
        ```
        """);

    private static IReadOnlyList<string> Check(params (string Path, string Text)[] sources)
    {
        IEnumerable<(string Path, string Text)> known =
        [
            ("Grouping/Dispatcher.cs", "namespace AlertRouter.Grouping;\n\ninternal sealed class Dispatcher;\n"),
            ("Delivery/Wake.cs", "namespace AlertRouter.Delivery;\n\ninternal sealed class Wake;\n"),
            ("Core/Wakeup.cs", "namespace AlertRouter.Core;\n\ninternal sealed class Wakeup;\n"),
            ("Store/IStore.cs", "namespace AlertRouter.Store;\n\ninternal interface IStore;\n"),
            ("Hosting/Host.cs", "namespace AlertRouter.Hosting;\n\ninternal static class Host;\n"),
        ];
        var files = known.Where(k => sources.All(s => s.Path != k.Path)).Concat(sources).Select(s => SourceFile.Parse(s.Path, s.Text)).ToList();
        return new FolderOrder(Small, files).Violations();
    }
}
