using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace AlertRouter.Notifiers.Email;

/// <summary>
/// insecure_skip_verify for SmtpClient, which has no per-client certificate callback: its STARTTLS honours only the
/// process-wide ServicePointManager callback. That callback is installed once; it accepts a bad certificate only
/// inside a send that opted in (an AsyncLocal scope), and otherwise behaves as the default (or a callback installed
/// before it). HttpClient does not use this callback, so nothing else is affected.
/// </summary>
internal static class SmtpCertificateValidation
{
    private static readonly AsyncLocal<bool> SkipVerify = new();
    private static readonly Lock Gate = new();
    private static RemoteCertificateValidationCallback? _previous;
    private static bool _installed;

    /// <summary>Sets the policy for the calling async flow (an async method's change ends when it returns).</summary>
    public static void Use(bool insecureSkipVerify)
    {
        EnsureInstalled();
        SkipVerify.Value = insecureSkipVerify;
    }

    private static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

#pragma warning disable SYSLIB0014 // ServicePointManager is obsolete, but it is the only certificate hook SmtpClient has.
            _previous = ServicePointManager.ServerCertificateValidationCallback;
            ServicePointManager.ServerCertificateValidationCallback = Validate;
#pragma warning restore SYSLIB0014
            _installed = true;
        }
    }

    private static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (SkipVerify.Value)
        {
            return true;
        }

        return _previous?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
    }
}
