using System.Composition;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.AzureServices
{
    /// <summary>
    /// SL1007 fix: App Configuration and Web PubSub clients take their <c>(Uri, TokenCredential)</c> overloads; Azure
    /// Cache for Redis connects with <c>ConfigureForAzureWithTokenCredentialAsync</c> where the code can await. Two
    /// actions: DefaultAzureCredential and ManagedIdentityCredential, ordered by <c>secretless.credential</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AzureServiceConnectionStringCodeFixProvider)), Shared]
    public sealed class AzureServiceConnectionStringCodeFixProvider : CodeFixProvider
    {
        private static readonly SecretRewrite Rewrite = ConfigurationFallbackRewrite.Around(AzureServiceClientRewriter.TryRewriteAsync);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AzureServiceConnectionString);

        public override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(Rewrite);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            CredentialCodeFixes.RegisterAsync(context, Rewrite);
    }
}
