using System.Diagnostics;
using Npgsql;
using Xunit;

namespace AlertRouter.TestSupport;

/// <summary>
/// A real PostgreSQL 15 cluster for the test run (Debian's postgresql package): initdb into a temp folder owned by
/// the postgres user, pg_ctl start on a free loopback port, one fresh database per test class or test, pg_ctl stop
/// at the end. Use it as an xunit collection fixture so one cluster serves every PostgreSQL test. A missing
/// PostgreSQL is a failure, never a skip.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private int _databases;

    public string DataDir { get; private set; } = "";

    public int Port { get; private set; }

    /// <summary>The superuser's connection string for the maintenance database.</summary>
    public string AdminConnectionString => Connection("postgres");

    public async Task InitializeAsync()
    {
        var initdb = Tools.Require("initdb", $"{Bin}/initdb");
        var root = Tools.TempDir("pg");
        DataDir = Path.Combine(root, "data");
        Port = Tools.FreePort();
        await ChownAsync(root);
        await RunAsync(initdb, "-D", DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");

        // fsync off: the tests kill AlertRouter, never PostgreSQL, so the database's own durability is not under
        // test and the WAL flushes would only slow the suite down. Autovacuum off: its ANALYZE takes a transaction
        // id, which would make the change feed's "oldest running transaction" vary from run to run.
        await RunAsync($"{Bin}/pg_ctl", "-D", DataDir, "-l", Path.Combine(root, "postgres.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c autovacuum=off -c max_connections=400",
            "start");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..^20].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return Connection(name);
    }

    /// <summary>
    /// <c>pg_ctl restart -m immediate</c>: every backend is killed without a checkpoint (as a crash would), the server
    /// recovers from its WAL and listens again on the same port. Clients see their connections drop mid-statement.
    /// </summary>
    public async Task RestartImmediateAsync()
    {
        await RunAsync($"{Bin}/pg_ctl", "-D", DataDir, "-l", Path.Combine(Path.GetDirectoryName(DataDir)!, "postgres.log"), "-m", "immediate", "-w", "-t", "60",
            "restart");

        // The test process's own pooled connections died with the server: the next test must not get one.
        NpgsqlConnection.ClearAllPools();
    }

    public string Connection(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=30;Timeout=30;Command Timeout=60";

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync($"{Bin}/pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "stop");
        try
        {
            Directory.Delete(Path.GetDirectoryName(DataDir)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // initdb refuses to run as root: as root (CI), run the PostgreSQL binaries as the postgres user in a folder it owns.
    private static bool IsRoot => Environment.UserName == "root";

    private static async Task ChownAsync(string path)
    {
        if (IsRoot)
        {
            await ExecAsync("chown", ["-R", "postgres:postgres", path]);
        }
    }

    private static Task RunAsync(string program, params string[] args) =>
        IsRoot ? ExecAsync("runuser", ["-u", "postgres", "--", program, .. args]) : ExecAsync(program, args);

    private static async Task ExecAsync(string program, string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
