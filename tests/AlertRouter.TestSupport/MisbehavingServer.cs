using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AlertRouter.TestSupport;

/// <summary>How a <see cref="MisbehavingServer"/> answers.</summary>
public enum Misbehaviour
{
    /// <summary>Reads the request and never answers; the connection stays open until the server is disposed.</summary>
    Hang,

    /// <summary>Reads the request and resets the connection (RST).</summary>
    Reset,

    /// <summary>Answers the TLS ClientHello with bytes that are not TLS, then closes: the handshake fails.</summary>
    TlsHandshake,

    /// <summary>Answers 200 one byte per second.</summary>
    Drip,

    /// <summary>Answers 200 with a 50 MB body.</summary>
    HugeBody,
}

/// <summary>
/// A raw TCP receiver on a loopback port that breaks HTTP on purpose, for fault tests. It records the bodies of the
/// requests it read in full.
/// </summary>
public sealed class MisbehavingServer : IDisposable
{
    public const int HugeBodyBytes = 50 * 1024 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _open = [];
    private readonly ConcurrentQueue<string> _bodies = new();
    private readonly Misbehaviour _mode;
    private int _connections;
    private long _bytesSent;

    public MisbehavingServer(Misbehaviour mode)
    {
        _mode = mode;
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"{(_mode == Misbehaviour.TlsHandshake ? "https" : "http")}://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Bytes of response written (the huge body stops when the client hangs up).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public IReadOnlyList<string> Bodies => [.. _bodies];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _open.Add(client);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            if (_mode == Misbehaviour.TlsHandshake)
            {
                await stream.ReadExactlyAsync(new byte[5], _stop.Token);
                await stream.WriteAsync("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray(), _stop.Token);
                client.Close();
                return;
            }

            _bodies.Enqueue(await ReadRequestAsync(stream, _stop.Token));
            switch (_mode)
            {
                case Misbehaviour.Hang:
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    break;
                case Misbehaviour.Reset:
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Close();
                    break;
                case Misbehaviour.Drip:
                    foreach (var b in "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"u8.ToArray())
                    {
                        await stream.WriteAsync(new[] { b }, _stop.Token);
                        Interlocked.Increment(ref _bytesSent);
                        await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
                    }

                    break;
                case Misbehaviour.HugeBody:
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {HugeBodyBytes}\r\n\r\n"), _stop.Token);
                    var chunk = new byte[64 * 1024];
                    Array.Fill(chunk, (byte)'x');
                    for (var sent = 0; sent < HugeBodyBytes; sent += chunk.Length)
                    {
                        await stream.WriteAsync(chunk, _stop.Token);
                        Interlocked.Add(ref _bytesSent, chunk.Length);
                    }

                    break;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the client hung up (the body cap, a timeout) or the server is stopping
        }
    }

    private static async Task<string> ReadRequestAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
        {
            await stream.ReadExactlyAsync(one, ct);
            head.Add(one[0]);
        }

        var length = Encoding.ASCII.GetString([.. head]).Split("\r\n")
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, ct);
        return Encoding.UTF8.GetString(body);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _open)
        {
            client.Dispose();
        }

        _stop.Dispose();
    }
}
