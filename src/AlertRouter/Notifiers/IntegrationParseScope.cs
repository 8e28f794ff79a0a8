using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>Everything an integration parser needs: the receiver, its index, the globals and where template fields go.</summary>
internal sealed record IntegrationParseScope(
    string Receiver,
    string Type,
    int Index,
    GlobalConfig Global,
    ParseContext Context,
    List<TemplateSource> Templates,
    List<string> Missing)
{
    public string Name => $"{Type}[{Index}]";

    /// <summary>Reads a template-valued string and records it for validators; null when absent.</summary>
    public string? Template(MappingReader m, string key)
    {
        var text = m.Str(key);
        if (text.Resolved)
        {
            Templates.Add(new TemplateSource(Receiver, Name, key, text.Value!, text.Node!.Location));
        }

        return text.Value;
    }

    public void TemplateValue(string field, ScalarText text)
    {
        if (text.Resolved)
        {
            Templates.Add(new TemplateSource(Receiver, Name, field, text.Value!, text.Node!.Location));
        }
    }

    public void Error(YamlNode? node, string message) => Context.Error(node, message);

    /// <summary>
    /// A chat webhook's <c>webhook_url</c> or <c>webhook_url_file</c> (Discord, Teams, Google Chat): exactly one must
    /// be set, and an inline URL must parse; null while an unset variable or unreadable file leaves it unconfigured.
    /// </summary>
    public Secret? WebhookUrl(MappingReader m, YamlNode node)
    {
        var url = SecretReader.Read(m, "webhook_url", "webhook_url_file", Missing, out var inline, out var file);
        if (!inline.Present && !file.Present)
        {
            Error(node, "one of webhook_url or webhook_url_file must be configured");
        }
        else if (url is not null && inline.Present && ConfigUrl.Validate(url.Reveal()) is { } urlError)
        {
            Error(inline.Node, urlError);
        }

        return url;
    }
}
