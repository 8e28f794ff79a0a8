namespace AlertRouter.Core;

/// <summary>
/// A nudge between stages: intake wakes the dispatcher when it created groups, the dispatcher wakes delivery when
/// it queued notifications. Missing a nudge only costs latency; every loop also wakes on its own timer.
/// </summary>
public sealed class Wakeup
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Waits for a nudge or the timeout, whichever comes first, on the given clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, timer.Token);
        var nudged = _signal.WaitAsync(timer.Token);
        await Task.WhenAny(delay, nudged);
        await timer.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
