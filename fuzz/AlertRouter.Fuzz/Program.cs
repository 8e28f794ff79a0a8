using System.Diagnostics;
using System.Globalization;
using AlertRouter.Fuzz;
using SharpFuzz;

// AlertRouter.Fuzz list | fuzz TARGET | replay TARGET FILE_OR_DIR...
// "fuzz" is what afl-fuzz runs (bench/fuzz.sh builds and instruments a copy first); "replay" runs saved inputs directly.
const int MaxInput = 1 << 20; // afl-fuzz's own limit on a test case

var hangLimit = TimeSpan.FromMilliseconds(int.Parse(Environment.GetEnvironmentVariable("FUZZ_HANG_MS") ?? "5000", CultureInfo.InvariantCulture));
return args switch
{
    ["list"] => List(),
    ["fuzz", var name] => Fuzz(name),
    ["replay", var name, .. var paths] when paths.Length > 0 && FuzzTargets.Find(name) is { } target => Replay(target, paths),
    _ => Usage(),
};

int List()
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine(target.Name);
    }

    return 0;
}

// Instrumented code may only run inside Fuzzer.Run, which gives it the coverage map: the target (whose constructor may
// call into AlertRouter) is made there, on the first input.
int Fuzz(string name)
{
    var watchdog = new HangWatchdog(hangLimit, Environment.GetEnvironmentVariable("FUZZ_HANG_DIR") ?? ".");
    var buffer = new byte[MaxInput];
    IFuzzTarget? target = null;
    Fuzzer.Run(stream =>
    {
        target ??= FuzzTargets.Find(name) ?? throw new ArgumentException($"no fuzz target {name}", nameof(name));
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        watchdog.Run(target, buffer, length);
    });
    return 0;
}

int Replay(IFuzzTarget target, string[] paths)
{
    var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
    var failed = 0;
    foreach (var file in files)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            target.Run(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"FAIL {file}\n{e}\n");
            continue;
        }

        if (Stopwatch.GetElapsedTime(started) is var elapsed && elapsed > hangLimit)
        {
            failed++;
            Console.WriteLine($"HANG {file}: {elapsed.TotalMilliseconds:0} ms\n");
        }
    }

    Console.WriteLine($"{target.Name}: {files.Count - failed} passed, {failed} failed");
    return failed == 0 ? 0 : 1;
}

int Usage()
{
    Console.Error.WriteLine("usage: AlertRouter.Fuzz list | fuzz TARGET | replay TARGET FILE_OR_DIR...");
    Console.Error.WriteLine("targets: " + string.Join(' ', FuzzTargets.All.Select(t => t.Name)));
    return 2;
}
