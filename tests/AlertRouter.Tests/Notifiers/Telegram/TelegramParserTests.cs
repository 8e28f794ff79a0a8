using AlertRouter.Notifiers.Telegram;
using AlertRouter.Tests.Config;

namespace AlertRouter.Tests.Notifiers.Telegram;

public class TelegramParserTests
{
    private static string Receiver(string integration, string global = "") =>
        $"{global}route: {{receiver: r}}\nreceivers:\n  - name: r\n    telegram_configs: [{integration}]\n";

    [Fact]
    public void Load_Minimal_AlertmanagerDefaults()
    {
        var config = TestConfigs.LoadValid(Receiver("{bot_token: t0k3n, chat_id: -100123}"));

        var telegram = Assert.IsType<TelegramConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal(("https://api.telegram.org", "t0k3n", -100123L, "HTML", true), (telegram.ApiUrl, telegram.BotToken!.Reveal(), telegram.ChatId, telegram.ParseMode, telegram.SendResolved));
        Assert.Null(telegram.Message);
        Assert.False(telegram.DisableNotifications);
        Assert.DoesNotContain("t0k3n", config.RedactedYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Globals_ApiUrlAndBotTokenInherited()
    {
        var config = TestConfigs.LoadValid(Receiver("{chat_id: 42, parse_mode: ''}", "global: {telegram_api_url: 'http://tg.example', telegram_bot_token: g-t0k3n}\n"));

        var telegram = Assert.IsType<TelegramConfig>(Assert.Single(config.Receivers["r"].Integrations));
        Assert.Equal(("http://tg.example", "g-t0k3n", ""), (telegram.ApiUrl, telegram.BotToken!.Reveal(), telegram.ParseMode));
    }

    [Fact]
    public void Load_ChatIdFile_ReadAndTrimmed()
    {
        var (result, _) = TestConfigs.LoadFiles(new Dictionary<string, string>
        {
            ["am.yml"] = Receiver("{bot_token_file: secrets/token, chat_id_file: secrets/chat}"),
            ["secrets/token"] = "file-t0k3n\n",
            ["secrets/chat"] = " -100777\n",
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var telegram = Assert.IsType<TelegramConfig>(Assert.Single(result.Config!.Receivers["r"].Integrations));
        Assert.Equal(("file-t0k3n", -100777L), (telegram.BotToken!.Reveal(), telegram.ChatId));
    }

    [Theory]
    [InlineData("{bot_token: t}", "missing chat_id or chat_id_file on telegram_config")]
    [InlineData("{chat_id: 1}", "missing bot_token or bot_token_file on telegram_config")]
    [InlineData("{bot_token: t, bot_token_file: /tmp/t, chat_id: 1}", "at most one of bot_token & bot_token_file must be configured")]
    [InlineData("{bot_token: t, chat_id: 1, chat_id_file: /tmp/c}", "at most one of chat_id & chat_id_file must be configured")]
    [InlineData("{bot_token: t, chat_id: 1, parse_mode: html}", "unknown parse_mode on telegram_config, must be Markdown, MarkdownV2, HTML or empty string")]
    [InlineData("{bot_token: t, chat_id: 1, api_url: 'ftp://x'}", "unsupported scheme \"ftp\" for URL")]
    public void Load_Invalid_FailsWithAlertmanagersMessage(string integration, string message)
    {
        var result = TestConfigs.Load(Receiver(integration));

        Assert.Contains(message, TestConfigs.Messages(result));
    }
}
