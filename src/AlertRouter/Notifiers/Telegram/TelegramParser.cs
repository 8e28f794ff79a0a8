using System.Globalization;
using AlertRouter.Notifiers.Http;
using AlertRouter.Yaml;

namespace AlertRouter.Notifiers.Telegram;

/// <summary><c>telegram_configs</c> entries, with Alertmanager's messages (0.25, plus the 0.26–0.34 file keys).</summary>
internal static class TelegramParser
{
    private static readonly string[] ParseModes = ["", "Markdown", "MarkdownV2", "HTML"];

    public static TelegramConfig Parse(YamlNode node, IntegrationParseScope scope)
    {
        var ctx = scope.Context;
        var global = scope.Global;
        var m = new MappingReader(node, "config.plain", ctx);
        var sendResolved = m.Bool("send_resolved");
        var http = m.Node("http_config") is { } httpNode ? HttpConfigParser.Parse(httpNode, ctx, scope.Missing) : null;
        var apiUrl = m.Str("api_url");
        if (apiUrl.Resolved && apiUrl.Value!.Length > 0 && ConfigUrl.Validate(apiUrl.Value) is { } urlError)
        {
            scope.Error(apiUrl.Node, urlError);
        }

        var token = SecretReader.Read(m, "bot_token", "bot_token_file", scope.Missing, out var tokenInline, out var tokenFile);
        var chatId = ChatId(m, scope, node);
        var threadId = m.Int("message_thread_id");
        var message = scope.Template(m, "message");
        var disable = m.Bool("disable_notifications");
        var parseMode = m.Str("parse_mode");
        if (parseMode.Resolved && !ParseModes.Contains(parseMode.Value, StringComparer.Ordinal))
        {
            scope.Error(parseMode.Node, "unknown parse_mode on telegram_config, must be Markdown, MarkdownV2, HTML or empty string");
        }

        if (!tokenInline.Present && !tokenFile.Present)
        {
            scope.Missing.AddRange(global.MissingFor("telegram_bot_token"));
            token = global.Of<TelegramGlobals>().BotToken;
            if (token is null && !global.Missing.ContainsKey("telegram_bot_token"))
            {
                scope.Error(node, "missing bot_token or bot_token_file on telegram_config");
            }
        }

        m.Finish();
        return new TelegramConfig
        {
            Index = scope.Index,
            SendResolved = sendResolved ?? true,
            ApiUrl = GlobalScope.NonEmpty(apiUrl) ?? global.Of<TelegramGlobals>().ApiUrl,
            BotToken = token,
            ChatId = chatId,
            MessageThreadId = (int)Math.Clamp(threadId ?? 0, int.MinValue, int.MaxValue),
            Message = message,
            DisableNotifications = disable ?? false,
            ParseMode = parseMode.Present ? parseMode.Value ?? "" : "HTML",
            Http = http ?? global.HttpConfig,
        };
    }

    /// <summary><c>chat_id</c> (an int64) or <c>chat_id_file</c> holding one (trimmed), exactly one of them.</summary>
    private static long ChatId(MappingReader m, IntegrationParseScope scope, YamlNode node)
    {
        var inline = m.Int("chat_id", "int64") ?? 0;
        var file = m.Str("chat_id_file");
        if (inline != 0 && file.Present)
        {
            scope.Error(m.KeyNode("chat_id_file"), "at most one of chat_id & chat_id_file must be configured");
            return 0;
        }

        if (inline != 0 || !file.Resolved || file.Value!.Length == 0)
        {
            if (inline == 0 && !file.Present)
            {
                scope.Error(node, "missing chat_id or chat_id_file on telegram_config");
            }

            return inline;
        }

        var path = Path.IsPathRooted(file.Value) ? file.Value : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.Node!.Location.File)) ?? "", file.Value);
        try
        {
            if (long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }

            scope.Error(file.Node, $"chat_id_file {file.Value} does not hold an integer chat id");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            scope.Context.Warn(file.Node, $"cannot read chat_id_file {file.Value}: {e.Message}; the integration is unconfigured");
            scope.Missing.Add($"chat_id_file:{file.Value}");
        }

        return 0;
    }
}
