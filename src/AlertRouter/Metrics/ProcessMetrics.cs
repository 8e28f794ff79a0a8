using System.Collections.Frozen;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace AlertRouter.Metrics;

/// <summary>
/// The standard process_* families (names and help as client_golang's process collector writes them) and a few .NET
/// runtime figures, read at scrape time. A figure the platform cannot give is left out, never written as 0.
/// </summary>
internal sealed class ProcessMetrics
{
    public static FrozenSet<string> Names { get; } = new[]
    {
        "process_cpu_seconds_total", "process_resident_memory_bytes", "process_virtual_memory_bytes",
        "process_start_time_seconds", "process_open_fds", "process_max_fds",
        "dotnet_gc_heap_size_bytes", "dotnet_gc_allocated_bytes_total", "dotnet_gc_collections_total",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<ComputedFamily> Collect()
    {
        using var process = Process.GetCurrentProcess();
        var families = new List<ComputedFamily>
        {
            ComputedFamily.Single("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", MetricType.Counter,
                Environment.CpuUsage.TotalTime.TotalSeconds),
            ComputedFamily.Single("process_resident_memory_bytes", "Resident memory size in bytes.", MetricType.Gauge, process.WorkingSet64),
            ComputedFamily.Single("process_virtual_memory_bytes", "Virtual memory size in bytes.", MetricType.Gauge, process.VirtualMemorySize64),
            ComputedFamily.Single("dotnet_gc_heap_size_bytes", "Size of the managed heap in bytes, as of the last garbage collection.", MetricType.Gauge,
                GC.GetGCMemoryInfo().HeapSizeBytes),
            ComputedFamily.Single("dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since the process started.", MetricType.Counter,
                GC.GetTotalAllocatedBytes()),
            new("dotnet_gc_collections_total", "Garbage collections since the process started, by generation.", MetricType.Counter,
                [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(g => new KeyValuePair<LabelKey, double>(
                    LabelKey.Of(("generation", g.ToString(CultureInfo.InvariantCulture))), GC.CollectionCount(g)))]),
        };

        if (StartTimeSeconds(process) is { } started)
        {
            families.Add(ComputedFamily.Single("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", MetricType.Gauge, started));
        }

        if (OperatingSystem.IsLinux())
        {
            AddLinuxFileDescriptors(families);
        }

        return families;
    }

    private static double? StartTimeSeconds(Process process)
    {
        try
        {
            // The kernel's start time of this process, not a reading of the clock, so TimeProvider has no say here.
            return new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000d;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private static void AddLinuxFileDescriptors(List<ComputedFamily> families)
    {
        try
        {
            var open = Directory.EnumerateFileSystemEntries("/proc/self/fd").Count();
            families.Add(ComputedFamily.Single("process_open_fds", "Number of open file descriptors.", MetricType.Gauge, open));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        if (MaxOpenFiles() is { } max)
        {
            families.Add(ComputedFamily.Single("process_max_fds", "Maximum number of open file descriptors.", MetricType.Gauge, max));
        }
    }

    /// <summary>The soft limit from <c>/proc/self/limits</c> ("Max open files  1024  524288  files"); null if unlimited.</summary>
    private static double? MaxOpenFiles()
    {
        try
        {
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return double.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
