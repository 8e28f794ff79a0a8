using System.Threading.Channels;
using AlertRouter.Intake;
using AlertRouter.Store;
using Microsoft.Extensions.Options;

namespace AlertRouter.Storage.Postgres;

/// <summary>
/// Group commit for intake: webhooks that arrive while a commit is in flight wait for the next one and share it, so
/// one WAL flush (the cost of a durable commit) covers many of them. A few commits run at once, as PostgreSQL serves
/// concurrent transactions well; <c>AlertRouter:Postgres:IntakeBatch = 1</c> turns batching off.
/// </summary>
internal sealed class PostgresIntakeBatcher(PostgresDatabase database, IntakeDedupWindow window, IOptions<StoreOptions> options)
{
    private const int MaxCommitters = 4;
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleWriter = false });
    private int _active;

    public Task<IReadOnlyList<IntakeOutcome>> CommitAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct)
    {
        if (options.Value.Postgres.IntakeBatch <= 1)
        {
            return CommitNowAsync(batches, ct);
        }

        var item = new Item(batches);
        _queue.Writer.TryWrite(item);
        Kick();
        return item.Completion.Task;
    }

    private Task<IReadOnlyList<IntakeOutcome>> CommitNowAsync(IReadOnlyList<IntakeBatch> batches, CancellationToken ct) =>
        database.WriteAsync(tx => PostgresIntake.CommitAsync(tx, batches, window.Value, ct), ct);

    private void Kick()
    {
        while (true)
        {
            var active = Volatile.Read(ref _active);
            if (active >= MaxCommitters)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _active, active + 1, active) == active)
            {
                _ = Task.Run(RunAsync);
                return;
            }
        }
    }

    private async Task RunAsync()
    {
        try
        {
            var limit = options.Value.Postgres.IntakeBatch;
            var items = new List<Item>();
            while (_queue.Reader.TryRead(out var first))
            {
                items.Clear();
                items.Add(first);
                var webhooks = first.Batches.Count;
                while (webhooks < limit && _queue.Reader.TryRead(out var more))
                {
                    items.Add(more);
                    webhooks += more.Batches.Count;
                }

                await CommitAsync(items);
            }
        }
        finally
        {
            // An item written after the last TryRead but before this decrement saw every committer busy: pick it up.
            Interlocked.Decrement(ref _active);
            if (_queue.Reader.TryPeek(out _))
            {
                Kick();
            }
        }
    }

    private async Task CommitAsync(List<Item> items)
    {
        try
        {
            var outcomes = await CommitNowAsync([.. items.SelectMany(i => i.Batches)], CancellationToken.None);
            var next = 0;
            foreach (var item in items)
            {
                item.Completion.TrySetResult([.. outcomes.Skip(next).Take(item.Batches.Count)]);
                next += item.Batches.Count;
            }
        }
        catch (Exception) when (items.Count > 1)
        {
            // One webhook that cannot be committed must not fail its neighbours: commit them one by one.
            foreach (var item in items)
            {
                await CommitAsync([item]);
            }
        }
        catch (Exception e)
        {
            items[0].Completion.TrySetException(e);
        }
    }

    private sealed class Item(IReadOnlyList<IntakeBatch> batches)
    {
        public IReadOnlyList<IntakeBatch> Batches => batches;

        public TaskCompletionSource<IReadOnlyList<IntakeOutcome>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
