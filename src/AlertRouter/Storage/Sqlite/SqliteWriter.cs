using System.Collections.Concurrent;
using AlertRouter.Store;
using Microsoft.Data.Sqlite;

namespace AlertRouter.Storage.Sqlite;

/// <summary>
/// SQLite has one writer at a time, so every write goes through this one thread and one connection. Whatever is
/// queued when a transaction starts joins it (group commit): one fsync covers many webhooks, flushes and delivery
/// updates. Each item runs inside its own savepoint, so one failing item does not fail its neighbours.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private const int MaxItemsPerTransaction = 512;

    private readonly BlockingCollection<WriteItem> _queue = new(new ConcurrentQueue<WriteItem>());
    private readonly SqliteDatabase _database;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private readonly Health.WorkerRegistry? _workers;

    public SqliteWriter(SqliteDatabase database, Health.WorkerRegistry? workers = null)
    {
        _database = database;
        _workers = workers;
        _workers?.Report("store-writer", up: true);
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        _thread.Start();
    }

    /// <summary>Number of writes waiting for the writer thread (for overload decisions).</summary>
    public int Pending => _queue.Count;

    /// <summary>
    /// Why the last transaction could not write (disk full, I/O error), until one commits cleanly again: health shows
    /// it, since reads (and so a ping) still work on a full disk.
    /// </summary>
    public string? Failure { get; private set; }

    public Task<T> WriteAsync<T>(Func<SqliteWriteContext, T> work, CancellationToken ct = default)
    {
        var item = new WriteItem<T>(work);
        try
        {
            _queue.Add(item, ct);
        }
        catch (InvalidOperationException)
        {
            throw new StoreUnavailableException("the store is shutting down");
        }

        return item.Task;
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        SqliteWriteContext? context = null;
        var batch = new List<WriteItem>(MaxItemsPerTransaction);
        try
        {
            while (!_queue.IsCompleted)
            {
                batch.Clear();
                try
                {
                    batch.Add(_queue.Take(_stop.Token));
                }
                catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
                {
                    break;
                }

                while (batch.Count < MaxItemsPerTransaction && _queue.TryTake(out var more))
                {
                    batch.Add(more);
                }

                if (connection is null)
                {
                    connection = _database.Open(writer: true);
                    context = new SqliteWriteContext(connection);
                }

                if (!RunBatch(context!, batch, out var failure))
                {
                    // The connection may be broken (I/O error, file replaced): start over with a fresh one.
                    context!.DisposeCommands();
                    connection.Dispose();
                    connection = null;
                }

                Failure = failure;
            }
        }
        catch (Exception e)
        {
            _workers?.Report("store-writer", up: false, e.Message);
            throw;
        }
        finally
        {
            context?.DisposeCommands();
            connection?.Dispose();
            foreach (var left in _queue.GetConsumingEnumerable())
            {
                left.Fail(new StoreUnavailableException("the store is shutting down"));
            }
        }
    }

    private static bool RunBatch(SqliteWriteContext context, List<WriteItem> batch, out string? failure)
    {
        var outcomes = new Exception?[batch.Count];
        failure = null;
        try
        {
            using var transaction = context.Connection.BeginTransaction(deferred: false);
            context.Transaction = transaction;
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                transaction.Save(savepoint);
                try
                {
                    batch[i].Run(context);
                    transaction.Release(savepoint);
                }
                catch (Exception e)
                {
                    transaction.Rollback(savepoint);
                    transaction.Release(savepoint);
                    outcomes[i] = e;
                    failure ??= CannotWrite(e) ? e.Message : null;
                }
            }

            transaction.Commit();
        }
        catch (Exception e)
        {
            failure = e.Message;
            var unavailable = new StoreUnavailableException($"SQLite commit failed: {e.Message}", e);
            foreach (var item in batch)
            {
                item.Fail(unavailable);
            }

            return false;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is { } error)
            {
                batch[i].Fail(error);
            }
            else
            {
                batch[i].Succeed();
            }
        }

        return true;
    }

    // SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN: the database cannot be written, whatever the item was.
    private static bool CannotWrite(Exception e) => e is SqliteException { SqliteErrorCode: 13 or 10 or 14 };

    public void Dispose()
    {
        _queue.CompleteAdding();
        if (!_thread.Join(TimeSpan.FromSeconds(30)))
        {
            _stop.Cancel();
        }

        _stop.Dispose();
    }

    private abstract class WriteItem
    {
        public abstract void Run(SqliteWriteContext context);

        public abstract void Succeed();

        public abstract void Fail(Exception error);
    }

    private sealed class WriteItem<T>(Func<SqliteWriteContext, T> work) : WriteItem
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _completion.Task;

        public override void Run(SqliteWriteContext context) => _result = work(context);

        public override void Succeed() => _completion.TrySetResult(_result);

        public override void Fail(Exception error) => _completion.TrySetException(error);
    }
}
