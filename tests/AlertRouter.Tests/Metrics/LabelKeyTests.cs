using AlertRouter.Metrics;

namespace AlertRouter.Tests.Metrics;

public class LabelKeyTests
{
    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);

    [Fact]
    public void From_TagsInAnyOrder_SortedByName()
    {
        var key = LabelKey.From([Tag("b", "2"), Tag("c", "3"), Tag("a", "1")]);

        Assert.Equal(["a", "b", "c"], key.Names);
        Assert.Equal(["1", "2", "3"], key.Values);
    }

    [Fact]
    public void From_EmptyOrNullValue_LeftOut()
    {
        var key = LabelKey.From([Tag("a", ""), Tag("b", "x"), Tag("c", null)]);

        Assert.Equal(["b"], key.Names);
    }

    [Fact]
    public void From_NonStringValues_FormattedInvariantly()
    {
        var key = LabelKey.From([Tag("a", 5), Tag("b", true), Tag("c", 2.5), Tag("d", DayOfWeek.Monday)]);

        Assert.Equal(["5", "true", "2.5", "Monday"], key.Values);
    }

    [Fact]
    public void AlternateEquals_SameTagsInOtherOrder_EqualWithSameHash()
    {
        var key = LabelKey.From([Tag("a", "1"), Tag("b", "2")]);
        ReadOnlySpan<KeyValuePair<string, object?>> span = [Tag("b", "2"), Tag("a", "1")];

        Assert.True(LabelKeyComparer.Instance.Equals(span, key));
        Assert.Equal(key.Hash, LabelKeyComparer.Instance.GetHashCode(span));
    }

    [Fact]
    public void AlternateEquals_RepeatedTagAgainstKeyWithAnotherName_NotEqual()
    {
        var key = LabelKey.From([Tag("a", "1"), Tag("b", "2")]);
        ReadOnlySpan<KeyValuePair<string, object?>> span = [Tag("a", "1"), Tag("a", "1")];

        Assert.False(LabelKeyComparer.Instance.Equals(span, key));
    }

    [Fact]
    public void AlternateEquals_DifferentValueOrExtraTag_NotEqual()
    {
        var key = LabelKey.From([Tag("a", "1")]);

        Assert.False(LabelKeyComparer.Instance.Equals([Tag("a", "2")], key));
        Assert.False(LabelKeyComparer.Instance.Equals([Tag("a", "1"), Tag("b", "2")], key));
        Assert.True(LabelKeyComparer.Instance.Equals([Tag("a", "1"), Tag("b", "")], key));
    }

    [Fact]
    public void Problem_DuplicateOrInvalidName_Reported()
    {
        Assert.Contains("twice", LabelKey.From([Tag("a", "1"), Tag("a", "2")]).Problem(), StringComparison.Ordinal);
        Assert.Contains("snake_case", LabelKey.From([Tag("Bad", "1")]).Problem(), StringComparison.Ordinal);
        Assert.Null(LabelKey.From([Tag("good", "1")]).Problem());
    }

    [Fact]
    public void CompareTo_OrdersByNamesThenValuesThenLength()
    {
        var keys = new[]
        {
            LabelKey.Of(("b", "1")),
            LabelKey.Of(("a", "2")),
            LabelKey.Of(("a", "1"), ("b", "1")),
            LabelKey.Empty,
            LabelKey.Of(("a", "1")),
        };

        var sorted = keys.Order().Select(k => string.Join(",", k.Names.Zip(k.Values, (n, v) => $"{n}={v}"))).ToList();

        Assert.Equal(["", "a=1", "a=1,b=1", "a=2", "b=1"], sorted);
    }
}
