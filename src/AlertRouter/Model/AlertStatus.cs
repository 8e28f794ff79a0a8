namespace AlertRouter.Model;

public enum AlertStatus
{
    Firing,
    Resolved,
}
