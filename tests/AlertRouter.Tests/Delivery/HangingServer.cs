using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AlertRouter.Tests.Delivery;

/// <summary>
/// An HTTP endpoint that hangs: it accepts connections, reads the request and never answers. Disposing it resets
/// every connection at once, so a test ends quickly instead of waiting for the client's timeout.
/// </summary>
internal sealed class HangingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly CancellationTokenSource _stop = new();
    private int _requests;
    private int _maxOpen;
    private int _open;
    private int _disposed;

    public HangingServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Requests whose headers have arrived (none has been answered).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The most connections that were open at the same time.</summary>
    public int MaxOpen => Volatile.Read(ref _maxOpen);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _clients.Add(client);
            var open = Interlocked.Increment(ref _open);
            InterlockedMax(ref _maxOpen, open);
            _ = ReadAsync(client);
        }
    }

    private async Task ReadAsync(TcpClient client)
    {
        var buffer = new byte[8192];
        var seen = new StringBuilder();
        try
        {
            var stream = client.GetStream();
            int read;
            while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
            {
                seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
                if (seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _requests);
                    seen.Clear();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients)
        {
            client.Client.LingerState = new LingerOption(true, 0); // RST: the client sees the failure at once
            client.Dispose();
        }

        _stop.Dispose();
    }
}
