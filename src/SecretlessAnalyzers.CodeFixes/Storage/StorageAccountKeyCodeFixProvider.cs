using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Storage
{
    /// <summary>
    /// SL1001 fix: the storage client takes its <c>(Uri, TokenCredential)</c> overload with the endpoint derived from
    /// the connection string, and the secret is removed. Two actions: DefaultAzureCredential and
    /// ManagedIdentityCredential; <c>secretless.credential</c> in .editorconfig decides which comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StorageAccountKeyCodeFixProvider)), Shared]
    public sealed class StorageAccountKeyCodeFixProvider : CredentialCodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StorageAccountKey);

        protected override Task<Document?> RewriteAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CredentialKind kind, CancellationToken cancellationToken) =>
            StorageClientRewriter.TryRewriteAsync(document, span, properties, kind, cancellationToken);
    }
}
