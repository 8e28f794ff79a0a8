using AlertRouter.Notifiers;
using AlertRouter.Notifiers.Templates;
using AlertRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AlertRouter.IntegrationTests.Hosting;

public sealed class AlertRouterHostTests
{
    [Fact]
    public async Task AlertRouterHost_AddsNotifiers_RegistryAndValidatorResolve()
    {
        await using var app = await TestApp.StartAsync();

        var registry = app.Services.GetRequiredService<NotifierRegistry>();

        Assert.Equal(Integrations.All.Select(i => i.Type).Order(StringComparer.Ordinal), registry.Integrations.Order(StringComparer.Ordinal));
        Assert.Equal(19, registry.Integrations.Count);
        Assert.NotNull(app.Services.GetRequiredService<TemplateEngine>());
    }
}
