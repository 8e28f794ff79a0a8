using AlertRouter.Intake;
using AlertRouter.Storage.Sqlite;
using AlertRouter.Store;
using AlertRouter.TestSupport;
using Microsoft.Extensions.Options;

namespace AlertRouter.Tests.Storage.Sqlite;

public class SqliteStoreContractTests : StoreContract
{
    protected override Task<StoreSet> CreateAsync()
    {
        var path = Path.Combine(Tools.TempDir("sqlite"), "contract.db");
        var database = new SqliteDatabase(Options.Create(new StoreOptions { Sqlite = new SqliteStoreOptions { Path = path } }));
        var writer = new SqliteWriter(database);
        var versions = new SqliteVersions();
        var set = new StoreSet(
            new SqliteAlertStore(database, writer, versions, new IntakeDedupWindow(TimeSpan.FromMinutes(10))),
            new SqliteGroupStore(database, writer, new GroupLeases()),
            new SqliteNotificationStore(database, writer),
            new Disposer(writer));
        return Task.FromResult(set);
    }

    private sealed class Disposer(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
