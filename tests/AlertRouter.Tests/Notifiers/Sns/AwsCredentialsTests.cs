using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

public class AwsCredentialsTests
{
    [Fact]
    public void ToString_SecretAndToken_NeverAppear()
    {
        var credentials = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-value");

        var text = $"{credentials}";

        Assert.Contains("AKIDEXAMPLE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("session-token-value", text, StringComparison.Ordinal);
    }
}
