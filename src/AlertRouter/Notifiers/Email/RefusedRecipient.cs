namespace AlertRouter.Notifiers.Email;

/// <summary>A recipient the server refused at RCPT TO, with its reply.</summary>
internal sealed record RefusedRecipient(string Address, int Code, string Reply)
{
    public override string ToString() => $"{Address}: {Code} {Reply}";
}
