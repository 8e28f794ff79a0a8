using AlertRouter.Core;

namespace AlertRouter.Tests.Core;

public class AdminTokenFilterTests
{
    [Theory]
    [InlineData("Bearer s3cret", true)]
    [InlineData("bearer s3cret", true)]
    [InlineData("Bearer s3cret2", false)]
    [InlineData("Bearer ", false)]
    [InlineData("Basic s3cret", false)]
    [InlineData("", false)]
    public void IsAuthorized_ComparesTheBearerToken(string header, bool expected)
    {
        Assert.Equal(expected, AdminTokenFilter.IsAuthorized(header, "s3cret"));
    }
}
