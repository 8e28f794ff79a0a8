using AlertRouter.Config;
using AlertRouter.Yaml;

namespace AlertRouter.Tests.Yaml;

public class YamlDocumentReaderTests
{
    [Fact]
    public void Read_SyntaxError_ReportsPosition()
    {
        var errors = new List<ConfigError>();

        var root = YamlDocumentReader.Read("a.yml", "route:\n  receiver: d\n   bad: x\nreceivers: [{name: d}]\n", errors);

        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.Equal(("a.yml", 3), (error.Location!.File, error.Location.Line));
    }

    [Fact]
    public void Read_DuplicateMappingKey_IsAnErrorNamingTheFirstLine()
    {
        var errors = new List<ConfigError>();

        YamlDocumentReader.Read("a.yml", "route:\n  receiver: d\n  receiver: e\nreceivers: [{name: d}]\n", errors);

        Assert.Equal(["mapping key \"receiver\" already defined at line 2"], errors.Select(e => e.Message));
    }
}
