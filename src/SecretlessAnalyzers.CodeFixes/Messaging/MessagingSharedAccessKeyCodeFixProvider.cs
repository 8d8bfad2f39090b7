using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Messaging
{
    /// <summary>
    /// SL1002 fix: the Service Bus / Event Hubs client takes its token-credential overload with the namespace derived
    /// from the connection string's <c>Endpoint</c>, and the secret is removed. Two actions: DefaultAzureCredential and
    /// ManagedIdentityCredential; <c>secretless.credential</c> in .editorconfig decides which comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MessagingSharedAccessKeyCodeFixProvider)), Shared]
    public sealed class MessagingSharedAccessKeyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MessagingSharedAccessKey);

        public override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(MessagingClientRewriter.TryRewriteAsync);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => CredentialCodeFixes.RegisterAsync(context, MessagingClientRewriter.TryRewriteAsync);
    }
}
