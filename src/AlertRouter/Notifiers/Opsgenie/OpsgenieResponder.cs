namespace AlertRouter.Notifiers.Opsgenie;

/// <summary>One of <c>responders</c>: at least one of id, name, username; every field a template.</summary>
public sealed record OpsgenieResponder(string? Id, string? Name, string? Username, string? Type);
