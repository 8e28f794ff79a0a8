namespace AlertRouter.Tests.Notifiers.Support;

/// <summary>The endpoint an <see cref="IntegrationContract"/>'s config sends to, scripted by the contract.</summary>
internal abstract class ContractTarget : IAsyncDisposable
{
    /// <summary>Where to send: a URL without a trailing slash (HTTP), <c>host:port</c> (SMTP).</summary>
    public abstract string Address { get; }

    /// <summary>Attempts that reached the endpoint so far.</summary>
    public abstract int Attempts { get; }

    /// <summary>Everything the endpoint received so far, as text (to show that the secrets did reach it).</summary>
    public abstract string Received { get; }

    /// <summary>The clock the attempts are timed on, once the service under test runs.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>When each attempt arrived, on <see cref="Clock"/>.</summary>
    public abstract IReadOnlyList<DateTimeOffset> Times { get; }

    /// <summary>The next attempts fail with these statuses, in order; later ones are accepted.</summary>
    public abstract void Fail(params int[] statuses);

    /// <summary>The next attempts fail with these statuses and an answer that repeats the whole request, secrets included.</summary>
    public abstract void FailEchoing(params int[] statuses);

    /// <summary>The next attempt is told to wait <paramref name="seconds"/> in the vendor's words.</summary>
    public abstract void RateLimit(int seconds);

    public abstract ValueTask DisposeAsync();
}
