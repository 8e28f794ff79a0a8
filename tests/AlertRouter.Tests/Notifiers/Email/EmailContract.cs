using AlertRouter.Tests.Notifiers.Support;

namespace AlertRouter.Tests.Notifiers.Email;

/// <summary>
/// Email for the shared contract: a real SMTP server requiring AUTH. SMTP says otherwise than HTTP: a 4xx reply is
/// transient and retried, a 5xx one permanent (RFC 5321 §4.2.1), and no reply tells how long to wait.
/// </summary>
internal sealed class EmailContract : IntegrationContract
{
    private const string User = "alertrouter";
    private const string Password = "smtpCONTRACT2d6f8a0c4e";

    public override string Type => "email";

    public override IReadOnlyList<string> Secrets => [Password];

    public override IReadOnlyList<(int Status, bool Retried)> Statuses { get; } = [(421, true), (451, true), (452, true), (550, false), (553, false), (554, false)];

    public override bool TellsTheWait => false;

    public override Task<ContractTarget> StartTargetAsync() => SmtpContractTarget.StartAsync(User, Password);

    public override string Config(ContractTarget target) =>
        $"{{to: oncall@example.test, from: alertrouter@example.test, smarthost: '{target.Address}', require_tls: false, auth_username: {User}, auth_password: '{Password}'}}";
}
