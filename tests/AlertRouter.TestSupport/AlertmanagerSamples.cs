namespace AlertRouter.TestSupport;

/// <summary>Real payloads Alertmanager 0.25 sent, copied into each test project's testdata/alertmanager-0.25.</summary>
public static class AlertmanagerSamples
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "alertmanager-0.25", name));
}
