using System.Collections.Frozen;
using System.Text;

namespace AlertRouter.Ui;

/// <summary>
/// The operator page's files, embedded in the assembly (no CDN, no front-end build: operators often have no internet)
/// and read once. Each page is the same shell with its title and script filled in from <see cref="UiPages"/>
/// (fixed strings: nothing from a request or from alerts is ever templated into markup here).
/// </summary>
internal sealed class UiAssets
{
    private const string Prefix = "AlertRouter.Ui.Assets.";

    private readonly FrozenDictionary<string, UiAsset> _files;
    private readonly FrozenDictionary<(string Page, bool Admin), UiAsset> _pages;

    public UiAssets()
    {
        var assembly = typeof(UiAssets).Assembly;
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return UiAsset.Create(copy.ToArray(), ContentType(n));
            }, StringComparer.Ordinal);

        var shell = Encoding.UTF8.GetString(_files["shell.html"].Content);
        // Two variants per page: whether an admin token is configured is in the page itself, so it can ask for the
        // token before the first mutating click instead of after a 401.
        _pages = UiPages.All.SelectMany(p => new[] { (p, false), (p, true) }).ToFrozenDictionary(
            v => (v.Item1.Name, v.Item2),
            v => UiAsset.Create(Encoding.UTF8.GetBytes(shell
                .Replace("{{title}}", v.Item1.Title, StringComparison.Ordinal)
                .Replace("{{page}}", v.Item1.Name, StringComparison.Ordinal)
                .Replace("{{admin}}", v.Item2 ? "required" : "none", StringComparison.Ordinal)), "text/html; charset=utf-8"));
    }

    /// <summary>A static file under <c>/ui/assets/</c>; the shell template itself is not served.</summary>
    public UiAsset? File(string name) => name != "shell.html" && _files.TryGetValue(name, out var asset) ? asset : null;

    public UiAsset Page(string name, bool adminTokenRequired) => _pages[(name, adminTokenRequired)];

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
