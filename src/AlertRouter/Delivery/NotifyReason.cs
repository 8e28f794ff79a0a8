namespace AlertRouter.Delivery;

/// <summary>Why a flush notifies, as Alertmanager's dedup stage names it (notify/notify.go NotifyReason).</summary>
public enum NotifyReason
{
    None,
    FirstNotification,
    NewAlertsAdded,
    SomeAlertsResolved,
    AllAlertsResolved,
    RepeatIntervalElapsed,
}

public static class NotifyReasons
{
    public static string Text(this NotifyReason reason) => reason switch
    {
        NotifyReason.FirstNotification => "first notification",
        NotifyReason.NewAlertsAdded => "new alerts added",
        NotifyReason.SomeAlertsResolved => "some alerts resolved",
        NotifyReason.AllAlertsResolved => "all alerts resolved",
        NotifyReason.RepeatIntervalElapsed => "repeat interval elapsed",
        _ => "unknown",
    };
}
