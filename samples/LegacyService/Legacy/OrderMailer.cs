using System.Net;
using System.Net.Mail;

namespace LegacyService.Legacy;

/// <summary>Order confirmations through the old SMTP relay, with its password in a constant.</summary>
public sealed class OrderMailer
{
    // Sample password: base64 of "Sample SMTP pwd!".
    private const string SmtpPassword = "U2FtcGxlIFNNVFAgcHdkIQ==";

    public SmtpClient CreateClient() => new("smtp.contoso.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("orders@contoso.com", SmtpPassword),
    };
}
