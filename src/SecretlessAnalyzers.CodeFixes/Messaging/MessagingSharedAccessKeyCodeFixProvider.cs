using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Messaging
{
    /// <summary>
    /// SL1002 fix: the Service Bus / Event Hubs client takes its token-credential overload with the namespace derived
    /// from the connection string's <c>Endpoint</c>, and the secret is removed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MessagingSharedAccessKeyCodeFixProvider)), Shared]
    public sealed class MessagingSharedAccessKeyCodeFixProvider : CredentialCodeFixProvider
    {
        public MessagingSharedAccessKeyCodeFixProvider()
            : base(DiagnosticIds.MessagingSharedAccessKey, ConfigurationFallbackRewrite.Around(MessagingClientRewriter.Rewrite))
        {
        }
    }
}
