using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// One request of testdata/sigv4/cases.json (our cases, one per shape SigV4 canonicalises): its description as
/// botocore_sigv4.py reads it (the file's defaults filled in), and the same request in the signer's terms.
/// </summary>
internal sealed record SigV4Case(string Name, JsonObject Description)
{
    private static readonly Lazy<IReadOnlyList<SigV4Case>> All = new(Load);

    /// <summary>botocore's answer for every case, computed in one run the first time a test asks.</summary>
    private static readonly Lazy<Task<Dictionary<string, BotocoreSignature>>> FromBotocore = new(async () =>
    {
        var signatures = await Botocore.SignAsync(All.Value.Select(c => c.Description));
        return All.Value.Zip(signatures).ToDictionary(p => p.First.Name, p => p.Second);
    });

    public static IEnumerable<string> Names => All.Value.Select(c => c.Name);

    public static SigV4Case Get(string name) => All.Value.Single(c => c.Name == name);

    public async Task<BotocoreSignature> BotocoreAsync() => (await FromBotocore.Value)[Name];

    /// <summary>The URL split after the authority: the path as written (unencoded), the query as sent.</summary>
    public SigV4Request Request
    {
        get
        {
            var url = Text("url");
            var slash = url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);
            var target = slash < 0 ? "/" : url[slash..];
            var q = target.IndexOf('?');
            var headers = Description["headers"]!.AsArray()
                .Select(h => new KeyValuePair<string, string>((string)h![0]!, (string)h[1]!))
                .ToList();
            return new SigV4Request(Text("method"), q < 0 ? target : target[..q], q < 0 ? "" : target[(q + 1)..],
                headers, Encoding.UTF8.GetBytes(Text("body")));
        }
    }

    public AwsCredentials Credentials
    {
        get
        {
            var c = Description["credentials"]!;
            return new AwsCredentials((string)c["access_key_id"]!, (string)c["secret_access_key"]!, (string?)c["session_token"]);
        }
    }

    public SigV4Scope Scope => new(Text("region"), Text("service"),
        (bool?)Description["sign_body"] ?? false, (bool?)Description["sign_session_token"] ?? true);

    public DateTimeOffset Time => DateTimeOffset.Parse(Text("time"), CultureInfo.InvariantCulture);

    private string Text(string key) => (string)Description[key]!;

    private static List<SigV4Case> Load()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "sigv4", "cases.json")))!;
        var defaults = file["defaults"]!.AsObject();
        return file["cases"]!.AsArray().Select(node =>
        {
            var description = defaults.DeepClone().AsObject();
            foreach (var (key, value) in node!.AsObject())
            {
                description[key] = value?.DeepClone();
            }

            return new SigV4Case((string)description["name"]!, description);
        }).ToList();
    }
}
