using System.Text;
using System.Text.Json;
using AlertRouter.Notifiers.Sns;

namespace AlertRouter.Tests.Notifiers.Sns;

/// <summary>
/// One case of AWS's SigV4 test suite (testdata/sigv4/v4, from awslabs/aws-c-auth): the request, its signing
/// context and the published canonical request, string to sign, signature and signed request.
/// </summary>
internal sealed record SigV4Vector(
    SigV4Request Request,
    AwsCredentials Credentials,
    SigV4Scope Scope,
    DateTimeOffset Time,
    string CanonicalRequest,
    string StringToSign,
    string Signature,
    IReadOnlyList<KeyValuePair<string, string>> SignedRequestHeaders)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "testdata", "sigv4", "v4");

    public static IEnumerable<string> Names => Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static SigV4Vector Load(string name)
    {
        var dir = Path.Combine(Root, name);
        string Read(string file) => File.ReadAllText(Path.Combine(dir, file));

        using var context = JsonDocument.Parse(Read("context.json"));
        var root = context.RootElement;
        var creds = root.GetProperty("credentials");
        var credentials = new AwsCredentials(
            creds.GetProperty("access_key_id").GetString()!,
            creds.GetProperty("secret_access_key").GetString()!,
            creds.TryGetProperty("token", out var token) ? token.GetString() : null);
        var scope = new SigV4Scope(
            root.GetProperty("region").GetString()!,
            root.GetProperty("service").GetString()!,
            root.GetProperty("sign_body").GetBoolean(),
            !(root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean()));

        var (request, _) = ParseRequest(Read("request.txt"));
        var (_, signedHeaders) = ParseRequest(Read("header-signed-request.txt"));
        return new SigV4Vector(request, credentials, scope, root.GetProperty("timestamp").GetDateTimeOffset(),
            Read("header-canonical-request.txt"), Read("header-string-to-sign.txt"), Read("header-signature.txt"), signedHeaders);
    }

    /// <summary>The suite's request files: a request line, <c>Name:value</c> lines, a blank line, the body (LF ends).</summary>
    private static (SigV4Request Request, List<KeyValuePair<string, string>> Headers) ParseRequest(string text)
    {
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 2)..];
        var lines = head.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The target may hold spaces (get-space-normalized): it runs from the first space to " HTTP/".
        var method = lines[0][..lines[0].IndexOf(' ')];
        var target = lines[0][(method.Length + 1)..lines[0].LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var q = target.IndexOf('?');
        var headers = lines.Skip(1)
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':')], l[(l.IndexOf(':') + 1)..]))
            .ToList();
        var request = new SigV4Request(method, q < 0 ? target : target[..q], q < 0 ? "" : target[(q + 1)..],
            headers, Encoding.UTF8.GetBytes(body));
        return (request, headers);
    }
}
