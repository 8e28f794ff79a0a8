using AlertRouter.Notifiers.Email;

namespace AlertRouter.Tests.Notifiers.Email;

public sealed class SmarthostTests
{
    [Theory]
    [InlineData("smtp.example.test:465", null, true)]
    [InlineData("smtp.example.test:587", null, false)]
    [InlineData("smtp.example.test:587", true, true)]
    [InlineData("smtp.example.test:465", false, false)]
    [InlineData("[::1]:465", null, true)]
    public void ImplicitTls_PortAndForceImplicitTls_AsAlertmanagerDecides(string value, bool? force, bool expected)
    {
        Assert.True(Smarthost.TryParse(value, out var host, out _));

        Assert.Equal(expected, host.ImplicitTls(force));
    }

    [Fact]
    public void ToString_V6Host_Bracketed() =>
        Assert.Equal("[::1]:25", Smarthost.TryParse("[::1]:25", out var host, out _) ? host.ToString() : "");
}
