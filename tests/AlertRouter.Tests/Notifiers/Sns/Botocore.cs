using System.Text.Json;
using System.Text.Json.Nodes;
using AlertRouter.TestSupport;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// botocore's SigV4 signer (Debian's python3-botocore 1.29.27), run through botocore_sigv4.py next to this file: the
/// reference the signer is compared with, as amtool and Alertmanager are for routing and notifications.
/// </summary>
internal static class Botocore
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Signs every description (the script's input format) in one Python run.</summary>
    public static async Task<IReadOnlyList<BotocoreSignature>> SignAsync(IEnumerable<JsonObject> descriptions)
    {
        var script = Path.Combine(Tools.RepoRoot, "tests", "AlertRouter.Tests", "Notifiers", "Sns", "botocore_sigv4.py");
        // -I: Debian's interpreter and packages only, whatever PYTHONPATH or user site-packages hold.
        await using var python = ManagedProcess.Start(Tools.Python3, ["-I", script]);
        await python.WriteStdinAsync(new JsonArray([.. descriptions.Select(d => d.DeepClone())]).ToJsonString());
        var code = await python.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var output = python.Output;
        if (code != 0)
        {
            throw new InvalidOperationException($"botocore_sigv4.py exited with {code}:\n{output}");
        }

        var json = output.Split('\n').Last(line => line.StartsWith('['));
        return JsonSerializer.Deserialize<List<BotocoreSignature>>(json, Snake)
            ?? throw new InvalidOperationException("botocore_sigv4.py printed null:\n" + output);
    }
}
