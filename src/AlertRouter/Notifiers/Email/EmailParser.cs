using System.Globalization;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// <c>email_configs</c> entries (§7.4), with unset fields taken from <c>global.smtp_*</c>.
/// </summary>
internal static class EmailParser
{
    public static EmailConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global.Of<EmailGlobals>();
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var to = m.Str("to");
        if (!to.Present || to.IsEmpty)
        {
            scope.Error(node, "missing to address in email config");
        }

        var smarthost = m.Str("smarthost");
        var from = m.Str("from");
        var hello = m.Str("hello");
        var username = m.Str("auth_username");
        var password = SecretReader.Read(m, "auth_password", "auth_password_file", scope.Missing, out var pwInline, out var pwFile);
        var secret = SecretReader.Read(m, "auth_secret", "auth_secret_file", scope.Missing, out var secretInline, out _);
        var identity = m.Str("auth_identity");
        var requireTls = m.Bool("require_tls");
        var implicitTls = m.Bool("force_implicit_tls");
        var tls = m.Node("tls_config") is { } tlsNode ? TlsConfigParser.Parse(tlsNode, ctx) : Missing(global.TlsConfig, "smtp_tls_config", scope) ?? TlsConfig.Default;
        m.Accept("threading");

        var host = Inherit(smarthost, global.Smarthost, "smtp_smarthost", scope);
        if (!smarthost.Present && global.Smarthost is null && !scope.Global.Missing.ContainsKey("smtp_smarthost"))
        {
            scope.Error(node, "no global SMTP smarthost set");
        }
        else if (host is { Length: > 0 } && (smarthost.Resolved ? HostPort.Validate(host) : null) is { } hostError)
        {
            scope.Error(smarthost.Node, hostError);
        }

        var sender = Inherit(from, global.From, "smtp_from", scope);
        if (!from.Present && global.From is null && !scope.Global.Missing.ContainsKey("smtp_from"))
        {
            scope.Error(node, "no global SMTP from set");
        }

        var headers = Headers(m, scope);
        var config = new EmailConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? false,
            To = to.Value ?? "",
            From = sender ?? "",
            Hello = hello.Resolved && hello.Value!.Length > 0 ? hello.Value : global.Hello,
            Smarthost = host ?? "",
            AuthUsername = Inherit(username, global.AuthUsername, "smtp_auth_username", scope),
            AuthPassword = pwInline.Present || pwFile.Present ? password : Missing(global.AuthPassword, "smtp_auth_password", scope),
            AuthSecret = secretInline.Present ? secret : Missing(global.AuthSecret, "smtp_auth_secret", scope),
            AuthIdentity = Inherit(identity, global.AuthIdentity, "smtp_auth_identity", scope),
            RequireTls = requireTls ?? global.RequireTls,
            ForceImplicitTls = implicitTls ?? global.ForceImplicitTls,
            Tls = tls,
            Html = scope.Template(m, "html"),
            Text = scope.Template(m, "text"),
            Headers = headers,
        };
        m.Finish();
        return config;
    }

    private static string? Inherit(ScalarText own, string? global, string globalField, IntegrationParseScope scope)
    {
        if (own.Present && !own.IsEmpty)
        {
            return own.Value;
        }

        scope.Missing.AddRange(scope.Global.MissingFor(globalField));
        return global;
    }

    private static T? Missing<T>(T? global, string globalField, IntegrationParseScope scope)
        where T : class
    {
        scope.Missing.AddRange(scope.Global.MissingFor(globalField));
        return global;
    }

    // Header names are canonicalised (Go's textproto.CanonicalMIMEHeaderKey); two spellings of one name are an error.
    private static Dictionary<string, string> Headers(MappingReader m, IntegrationParseScope scope)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in m.StringMap("headers") ?? [])
        {
            var name = Canonical(key.Value);
            if (!headers.TryAdd(name, value.Value ?? ""))
            {
                scope.Error(key, $"duplicate header {Model.GoQuote.Quote(name)} in email config");
            }

            scope.TemplateValue($"headers.{name}", value);
        }

        return headers;
    }

    private static string Canonical(string name)
    {
        if (name.Any(c => c is ' ' or ':' || c > 0x7E))
        {
            return name;
        }

        var chars = name.ToCharArray();
        var upper = true;
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = upper ? char.ToUpper(chars[i], CultureInfo.InvariantCulture) : char.ToLower(chars[i], CultureInfo.InvariantCulture);
            upper = chars[i] == '-';
        }

        return new string(chars);
    }
}
