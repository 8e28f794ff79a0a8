using AlertRouter.Notifiers;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers;

/// <summary>
/// Reads a secret given inline (<c>key</c>) or in a file (<c>key_file</c>, relative to the config file), with
/// Alertmanager's "at most one of" rule. File contents are trimmed of surrounding white space.
/// </summary>
internal static class SecretReader
{
    /// <summary>The secret; null when neither is set or the value depends on an unset variable (see the ScalarText).</summary>
    public static Secret? Read(MappingReader m, string key, string fileKey, List<string> missing, out ScalarText inline, out ScalarText file)
    {
        inline = m.Str(key, secret: true);
        file = m.Str(fileKey);
        var ctx = m.Context;
        if (inline.Present && file.Present)
        {
            ctx.Error(m.KeyNode(fileKey), $"at most one of {key} & {fileKey} must be configured");
            return null;
        }

        if (inline.Resolved && inline.Value!.Length > 0)
        {
            return new Secret(inline.Value);
        }

        if (!file.Resolved || file.Value!.Length == 0)
        {
            return null;
        }

        var path = Path.IsPathRooted(file.Value) ? file.Value : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.Node!.Location.File)) ?? "", file.Value);
        try
        {
            return new Secret(File.ReadAllText(path).Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ctx.Warn(file.Node, $"cannot read {fileKey} {file.Value}: {e.Message}; the integration is unconfigured");
            missing.Add($"{fileKey}:{file.Value}");
            return null;
        }
    }
}
