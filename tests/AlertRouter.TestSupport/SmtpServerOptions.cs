namespace AlertRouter.TestSupport;

/// <summary>How an <see cref="SmtpServer"/> behaves.</summary>
public sealed record SmtpServerOptions
{
    public SmtpServerTls Tls { get; init; }

    /// <summary>Require AUTH (after STARTTLS when offered) with this user and <see cref="Password"/> (also the CRAM-MD5 secret).</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The AUTH mechanisms to advertise, space-separated; null advertises CRAM-MD5 LOGIN PLAIN (in that order).</summary>
    public string? Mechanisms { get; init; }

    /// <summary>Answer every DATA with this reply instead of accepting the message (e.g. a 451).</summary>
    public string? DataReply { get; init; }

    /// <summary>Require a client certificate issued by the test CA.</summary>
    public bool RequireClientCertificate { get; init; }
}
