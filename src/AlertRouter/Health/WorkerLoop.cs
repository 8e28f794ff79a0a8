namespace AlertRouter.Health;

/// <summary>
/// The loop of a background stage (the dispatcher, the delivery worker): run a step; when it did nothing, idle until
/// woken or due; a failed step is reported and tried again a second later, so a store that is down for a while
/// does not stop the stage. The worker counts as up in <see cref="WorkerRegistry"/> while the loop runs.
/// </summary>
internal static class WorkerLoop
{
    /// <param name="step">One unit of work; returns how much it did (0 = nothing to do, so idle).</param>
    /// <param name="stopping">Runs once the loop ends, before the worker is reported down (e.g. let in-flight work finish).</param>
    public static async Task RunAsync(string worker, WorkerRegistry workers, TimeProvider time,
        Func<CancellationToken, Task<int>> step, Func<CancellationToken, Task> idle, Action<Exception> failed,
        Func<Task>? stopping, CancellationToken ct)
    {
        workers.Report(worker, up: true);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    if (await step(ct) == 0)
                    {
                        await idle(ct);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed(e);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            if (stopping is not null)
            {
                await stopping();
            }

            workers.Report(worker, up: false, "stopped");
        }
    }
}
