using System.Diagnostics;
using System.Security.Cryptography;

namespace AlertRouter.Fuzz;

/// <summary>
/// Turns a hang into a finding. SharpFuzz runs every input in this one process, so afl-fuzz's own timeout kills the
/// whole fork server and only says it lost it. Instead this watchdog saves the input that has run longer than the limit
/// to a file and exits with <see cref="ExitCode"/>; bench/fuzz.sh reports the file.
/// </summary>
internal sealed class HangWatchdog
{
    public const int ExitCode = 86;

    private readonly TimeSpan _limit;
    private readonly string _directory;
    private byte[] _input = [];
    private int _length;
    private long _started;

    public HangWatchdog(TimeSpan limit, string directory)
    {
        _limit = limit;
        _directory = directory;
        new Thread(Watch) { IsBackground = true, Name = "hang watchdog" }.Start();
    }

    public void Run(IFuzzTarget target, byte[] buffer, int length)
    {
        _input = buffer;
        _length = length;
        Volatile.Write(ref _started, Stopwatch.GetTimestamp());
        try
        {
            target.Run(buffer.AsSpan(0, length));
        }
        finally
        {
            Volatile.Write(ref _started, 0);
        }
    }

    private void Watch()
    {
        while (true)
        {
            Thread.Sleep(100);
            var started = Volatile.Read(ref _started);
            if (started == 0 || Stopwatch.GetElapsedTime(started) <= _limit)
            {
                continue;
            }

            var input = _input.AsSpan(0, _length).ToArray();
            Directory.CreateDirectory(_directory);
            var path = Path.Combine(_directory, "hang-" + Convert.ToHexStringLower(SHA256.HashData(input))[..16]);
            File.WriteAllBytes(path, input);
            Console.Error.WriteLine($"hang: an input ran longer than {_limit.TotalMilliseconds:0} ms, saved as {path}");
            Environment.Exit(ExitCode);
        }
    }
}
