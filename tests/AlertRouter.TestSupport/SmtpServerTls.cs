namespace AlertRouter.TestSupport;

public enum SmtpServerTls
{
    None,
    StartTls,
    Implicit,
}
