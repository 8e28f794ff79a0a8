using AlertRouter.Notifiers.Json;

namespace AlertRouter.Tests.Notifiers.Json;

public class GoJsonTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("<a>&b", "\"\\u003ca\\u003e\\u0026b\"")]
    [InlineData("q\"b\\s/", "\"q\\\"b\\\\s/\"")]
    [InlineData("\n\r\t", "\"\\n\\r\\t\"")]
    [InlineData("\u0001\u0008\u000c\u001f", "\"\\u0001\\u0008\\u000c\\u001f\"")]
    [InlineData("\u007f é ü", "\"\u007f é ü\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("🙂", "\"🙂\"")]
    public void Quote_EscapesExactlyAsGoEncodingJsonWithEscapeHtml(string input, string expected)
    {
        Assert.Equal(expected, GoJson.Quote(input));
    }

    [Fact]
    public void Quote_LoneSurrogate_WrittenAsGoWritesInvalidUtf8()
    {
        // Built at run time: a lone surrogate does not survive the UTF-8 encoding of attribute data.
        var input = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("\"lone \\ufffd surrogate\"", GoJson.Quote(input));
    }

    [Fact]
    public void Map_SortsKeysByByteOrder()
    {
        var map = new Dictionary<string, string> { ["b"] = "1", ["B"] = "2", ["a<"] = "3", ["_"] = "4" };

        Assert.Equal("{\"B\":\"2\",\"_\":\"4\",\"a\\u003c\":\"3\",\"b\":\"1\"}", GoJson.Map(map));
    }
}
