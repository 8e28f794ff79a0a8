using AlertRouter.Core;
using AlertRouter.Health;
using AlertRouter.Storage.Postgres;
using AlertRouter.Storage.Sqlite;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage;

internal static class StoreServiceExtensions
{
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(AlertRouterOptions.Section);
        var kind = configuration.GetSection(AlertRouterOptions.Section)["Store"] ?? "sqlite";
        switch (kind.ToLowerInvariant())
        {
            case "sqlite":
                services.AddSingleton<SqliteDatabase>();
                services.AddSingleton<SqliteWriter>();
                services.AddSingleton<SqliteVersions>();
                services.AddSingleton<GroupLeases>();
                services.AddSingleton<IAlertStore, SqliteAlertStore>();
                services.AddSingleton<IGroupStore, SqliteGroupStore>();
                services.AddSingleton<INotificationStore, SqliteNotificationStore>();
                break;
            case "postgres":
                services.AddSingleton<PostgresDatabase>();
                services.AddSingleton<PostgresIntakeBatcher>();
                services.AddSingleton<IAlertStore, PostgresAlertStore>();
                services.AddSingleton<IGroupStore, PostgresGroupStore>();
                services.AddSingleton<INotificationStore, PostgresNotificationStore>();

                // Pacing must hold for all replicas together (Slack per channel, PagerDuty per key); AddDelivery's
                // in-memory pacer is only the fallback.
                services.AddSingleton<IPacer, PostgresPacer>();
                services.AddSingleton<PostgresReplicaRegistry>();
                services.AddHostedService(sp => sp.GetRequiredService<PostgresReplicaRegistry>());
                break;
            default:
                throw new OptionsValidationException(AlertRouterOptions.Section, typeof(StoreOptions),
                    [$"AlertRouter:Store: '{kind}' is not a known store (sqlite, postgres)"]);
        }

        services.AddSingleton<IHealthContributor, StoreHealth>();
        services.AddOptions<Retention>().BindConfiguration(Retention.Section);
        services.AddHostedService<StoreMaintenance>();
        return services;
    }
}
