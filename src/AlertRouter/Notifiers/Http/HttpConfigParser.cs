using AlertRouter.Yaml;
using AlertRouter.Notifiers.Http;

namespace AlertRouter.Notifiers.Http;

/// <summary>
/// Prometheus's <c>http_config</c>. AlertRouter honours authorization, basic auth, bearer tokens, proxy_url,
/// follow_redirects and tls_config.insecure_skip_verify; the other known keys load with a warning.
/// </summary>
internal static class HttpConfigParser
{
    private static readonly string[] Ignored =
        ["oauth2", "no_proxy", "proxy_from_environment", "proxy_connect_header", "enable_http2", "http_headers"];

    private static readonly string[] TlsKeys =
        ["ca", "ca_file", "cert", "cert_file", "key", "key_file", "server_name", "min_version", "max_version"];

    public static HttpClientConfig Parse(YamlNode node, ParseContext ctx, List<string> missing)
    {
        var m = new MappingReader(node, "config.plain", ctx);
        var result = new HttpClientConfig();

        var bearer = SecretReader.Read(m, "bearer_token", "bearer_token_file", missing, out var bearerInline, out var bearerFile);
        var auth = new MappingReader(m.Node("authorization"), "config.Authorization", ctx);
        var authType = auth.Str("type");
        var credentials = SecretReader.Read(auth, "credentials", "credentials_file", missing, out _, out _);
        auth.Finish();
        if (authType.Resolved && authType.Value!.Equals("basic", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Error(authType.Node, "authorization type cannot be set to \"basic\", use \"basic_auth\" instead");
        }

        var basic = new MappingReader(m.Node("basic_auth"), "config.BasicAuth", ctx);
        var username = basic.Str("username");
        basic.Accept("username_file", "username_ref", "password_ref");
        var password = SecretReader.Read(basic, "password", "password_file", missing, out _, out _);
        basic.Finish();

        var schemes = new[] { basic.IsValid, m.Node("oauth2") is not null, bearerInline.Present || bearerFile.Present }.Count(x => x);
        if (schemes > 1)
        {
            ctx.Error(node, "at most one of basic_auth, oauth2, bearer_token & bearer_token_file must be configured");
        }

        if (auth.IsValid && (bearerInline.Present || bearerFile.Present || basic.IsValid))
        {
            ctx.Error(node, "authorization is not compatible with bearer_token & bearer_token_file or basic_auth");
        }

        var tls = new MappingReader(m.Node("tls_config"), "config.TLSConfig", ctx);
        var insecure = tls.Bool("insecure_skip_verify");
        foreach (var key in TlsKeys.Where(k => tls.Node(k) is not null))
        {
            ctx.Warn(tls.KeyNode(key), $"tls_config.{key} is not honoured by AlertRouter");
        }

        tls.Finish();

        foreach (var key in Ignored.Where(k => m.Node(k) is not null))
        {
            ctx.Warn(m.KeyNode(key), $"http_config.{key} is not honoured by AlertRouter");
        }

        var proxy = m.Str("proxy_url");
        if (proxy.Resolved && proxy.Value!.Length > 0 && ConfigUrl.Validate(proxy.Value) is { } proxyError)
        {
            ctx.Error(proxy.Node, proxyError);
        }

        var follow = m.Bool("follow_redirects");
        m.Finish();
        return result with
        {
            AuthorizationType = authType.Resolved && authType.Value!.Length > 0 ? authType.Value : "Bearer",
            AuthorizationCredentials = credentials ?? bearer,
            BasicAuthUsername = username.Value,
            BasicAuthPassword = password,
            InsecureSkipVerify = insecure ?? false,
            ProxyUrl = proxy.Resolved && proxy.Value!.Length > 0 ? proxy.Value : null,
            FollowRedirects = follow ?? true,
        };
    }
}
