namespace AlertRouter.TestSupport;

/// <summary>
/// A size-limited tmpfs mounted on a fresh directory, so a test can fill a real file system. Mounting needs root
/// (CI runs as root); anywhere else the test fails saying so rather than faking a full disk.
/// </summary>
public sealed class TmpfsMount : IAsyncDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static async Task<TmpfsMount> CreateAsync(string prefix, int megabytes)
    {
        var path = Tools.TempDir(prefix);
        var (code, output) = await RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path);
        if (code != 0)
        {
            throw new InvalidOperationException($"mount -t tmpfs failed ({code}): {output.Trim()}; fault tests that fill a disk must run as root");
        }

        return new TmpfsMount(path);
    }

    /// <summary>Writes a file of zeros until the file system is full; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var chunk = new byte[64 * 1024];
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException)
        {
            // ENOSPC: full; smaller writes take what is left.
        }

        for (var size = chunk.Length / 2; size >= 512; size /= 2)
        {
            try
            {
                while (true)
                {
                    stream.Write(chunk.AsSpan(0, size));
                }
            }
            catch (IOException)
            {
                // full at this size; try a smaller one
            }
        }

        return filler;
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
