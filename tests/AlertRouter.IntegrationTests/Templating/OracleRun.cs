namespace AlertRouter.IntegrationTests.Templating;

/// <summary>
/// One case on one dataset: its own receiver (named <c>case@dataset</c> unless the case names one), reached at
/// <c>/r/&lt;Index&gt;</c> on the capture server or by the <c>X-Oracle-Run: &lt;Index&gt;</c> email header.
/// </summary>
internal sealed record OracleRun(int Index, TemplateCase Case, string Dataset)
{
    public string Receiver => Case.Receiver ?? $"{Case.Name}@{Dataset}";

    public string Integration => Case.Field[..Case.Field.IndexOf('.', StringComparison.Ordinal)];

    public override string ToString() => Receiver;
}
