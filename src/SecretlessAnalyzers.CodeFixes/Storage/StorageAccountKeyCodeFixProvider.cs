using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Storage
{
    /// <summary>
    /// SL1001 fix: the storage client takes its <c>(Uri, TokenCredential)</c> overload with the endpoint derived from
    /// the connection string, and the secret is removed. Two actions: DefaultAzureCredential and
    /// ManagedIdentityCredential; <c>secretless.credential</c> in .editorconfig decides which comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StorageAccountKeyCodeFixProvider)), Shared]
    public sealed class StorageAccountKeyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StorageAccountKey);

        public override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(StorageClientRewriter.TryRewriteAsync);

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            CredentialCodeFixes.RegisterAsync(context, StorageClientRewriter.TryRewriteAsync);
    }
}
