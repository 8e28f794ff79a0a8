using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Prometheus;

namespace AlertRouter.Metrics;

/// <summary>
/// The standard process_* families (names and help as client_golang's process collector writes them) and a few .NET
/// runtime figures, read just before each scrape. prometheus-net's own DotNetStats is not registered: see README.md.
/// A figure the platform cannot give is left out, never written as 0 (every series waits for its first value).
/// </summary>
internal sealed class ProcessMetrics
{
    private readonly Counter _cpu;
    private readonly Gauge _resident;
    private readonly Gauge _virtual;
    private readonly Gauge _startTime;
    private readonly Gauge _openFds;
    private readonly Gauge _maxFds;
    private readonly Gauge _heapSize;
    private readonly Counter _allocated;
    private readonly Counter _collections;

    public ProcessMetrics(CollectorRegistry registry)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(registry);
        var counter = new CounterConfiguration { SuppressInitialValue = true };
        var gauge = new GaugeConfiguration { SuppressInitialValue = true };
        _cpu = metrics.CreateCounter("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", counter);
        _resident = metrics.CreateGauge("process_resident_memory_bytes", "Resident memory size in bytes.", gauge);
        _virtual = metrics.CreateGauge("process_virtual_memory_bytes", "Virtual memory size in bytes.", gauge);
        _startTime = metrics.CreateGauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", gauge);
        _heapSize = metrics.CreateGauge("dotnet_gc_heap_size_bytes", "Size of the managed heap in bytes, as of the last garbage collection.", gauge);
        _allocated = metrics.CreateCounter("dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since the process started.", counter);
        _collections = metrics.CreateCounter("dotnet_gc_collections_total", "Garbage collections since the process started, by generation.",
            new CounterConfiguration { SuppressInitialValue = true, LabelNames = ["generation"] });

        // Linux only: elsewhere they stay declared but without a series.
        _openFds = metrics.CreateGauge("process_open_fds", "Number of open file descriptors.", gauge);
        _maxFds = metrics.CreateGauge("process_max_fds", "Maximum number of open file descriptors.", gauge);
        registry.AddBeforeCollectCallback(Collect);
    }

    private void Collect()
    {
        using var process = Process.GetCurrentProcess();
        _cpu.IncTo(Environment.CpuUsage.TotalTime.TotalSeconds);
        _resident.Set(process.WorkingSet64);
        _virtual.Set(process.VirtualMemorySize64);
        _heapSize.Set(GC.GetGCMemoryInfo().HeapSizeBytes);
        _allocated.IncTo(GC.GetTotalAllocatedBytes());
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            _collections.WithLabels(generation.ToString(CultureInfo.InvariantCulture)).IncTo(GC.CollectionCount(generation));
        }

        if (StartTimeSeconds(process) is { } started)
        {
            _startTime.Set(started);
        }

        if (OperatingSystem.IsLinux())
        {
            CollectFileDescriptors();
        }
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

    private void CollectFileDescriptors()
    {
        try
        {
            _openFds.Set(Directory.EnumerateFileSystemEntries("/proc/self/fd").Count());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        if (MaxOpenFiles() is { } max)
        {
            _maxFds.Set(max);
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
