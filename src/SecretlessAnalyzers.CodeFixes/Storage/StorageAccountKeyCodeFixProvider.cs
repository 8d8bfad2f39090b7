using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            if (tree is null)
            {
                return;
            }

            var options = CredentialOptions.For(document, tree);
            foreach (var diagnostic in context.Diagnostics)
            {
                diagnostic.Properties.TryGetValue(SecretlessAnalyzers.Common.DiagnosticProperties.Role, out var role);
                foreach (var kind in CredentialActions.InPreferredOrder(options))
                {
                    // Offer an action only when the rewrite is known to succeed: a fix never breaks the build.
                    var fixedDocument = await StorageClientRewriter.TryRewriteAsync(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken).ConfigureAwait(false);
                    if (fixedDocument is null)
                    {
                        break;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            CredentialActions.Title(kind, role),
                            _ => Task.FromResult(fixedDocument),
                            CredentialActions.EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }
    }
}
