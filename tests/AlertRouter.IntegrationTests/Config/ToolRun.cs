namespace AlertRouter.IntegrationTests.Config;

/// <summary>What a command printed and returned.</summary>
internal sealed record ToolRun(string Stdout, string Stderr, int ExitCode)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}--- stderr ---\n{Stderr}";
}
