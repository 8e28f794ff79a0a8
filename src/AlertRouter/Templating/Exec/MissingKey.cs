namespace AlertRouter.Templating.Exec;

/// <summary>Go's missingkey option; Alertmanager uses <see cref="Zero"/>.</summary>
internal enum MissingKey
{
    Invalid,
    Zero,
    Error,
}
