using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SecretlessAnalyzers.CodeFixes.Common;

namespace SecretlessAnalyzers.CodeFixes.Identity
{
    /// <summary>
    /// SL2002 fix: <c>new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)</c>, or DefaultAzureCredential
    /// selected by <c>AZURE_TOKEN_CREDENTIALS</c>. <c>secretless.credential</c> decides which action comes first.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefaultAzureCredentialCodeFixProvider)), Shared]
    public sealed class DefaultAzureCredentialCodeFixProvider : CodeFixProvider
    {
        public const string EnvironmentSelectedKey = "Secretless.UseEnvironmentSelectedCredential";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DefaultAzureCredentialInProduction);

        // Each credential is replaced where it is: no shared field, the code already chose where credentials live.
        public override FixAllProvider GetFixAllProvider() =>
            SharedCredentialFixAllProvider.Create(DeterministicCredentialRewriter.TryRewriteAsync, writesCredential: static _ => false);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            if (tree is null)
            {
                return;
            }

            var options = CredentialOptions.For(document, tree, followDefaultCredentialRule: false);
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var kind in CredentialActions.InPreferredOrder(options))
                {
                    // Offer an action only when the rewrite is known to compile; the other action may still apply.
                    var fixedDocument = await DeterministicCredentialRewriter.TryRewriteAsync(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken).ConfigureAwait(false);
                    if (fixedDocument is null)
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            kind == CredentialKind.ManagedIdentityCredential ? CredentialActions.Title(kind, role: null) : "Use DefaultAzureCredential selected by AZURE_TOKEN_CREDENTIALS",
                            _ => Task.FromResult(fixedDocument),
                            kind == CredentialKind.ManagedIdentityCredential ? CredentialActions.EquivalenceKey(kind) : EnvironmentSelectedKey),
                        diagnostic);
                }
            }
        }
    }
}
