namespace AlertRouter.Templating.Exec;

/// <summary>An exported struct field and its compiled getter (no reflection at render time).</summary>
internal sealed record GoField(string Name, GoType Type, Func<object, GoValue> Get, string? JsonName = null);
