using System.Net;
using System.Net.Sockets;

namespace AlertRouter.TestSupport;

/// <summary>
/// Locates the real components the tests run against. A missing tool is a failure that says how to get it, never a
/// skip: <c>./test.sh</c> installs them all.
/// </summary>
public static class Tools
{
    public static string Require(string name, params string[] candidates)
    {
        foreach (var path in candidates.Append($"/usr/bin/{name}").Append($"/usr/local/bin/{name}"))
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"{name} is not installed; run ./test.sh, which installs the Debian packages the tests need");
    }

    /// <summary>A program found on PATH (npx lives wherever Node.js was installed).</summary>
    public static string OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists)
        ?? Require(name);

    public static string Alertmanager => Require("prometheus-alertmanager");

    public static string Amtool => Require("amtool");

    public static string Prometheus => Require("prometheus");

    public static string Promtool => Require("promtool");

    /// <summary>Debian's python3 (a pyenv python3 on PATH cannot see Debian's aiosmtpd).</summary>
    public static string Python3 => Require("python3");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository root (the folder holding AlertRouter.sln), found upward from the test binary.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlertRouter.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("AlertRouter.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string TempDir(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"alertrouter-{prefix}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(path);
        return path;
    }
}
