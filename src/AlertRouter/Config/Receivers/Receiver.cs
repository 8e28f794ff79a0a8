namespace AlertRouter.Config.Receivers;

/// <summary>A named receiver and its integrations, in config order.</summary>
public sealed record Receiver(string Name, IReadOnlyList<IntegrationConfig> Integrations);
