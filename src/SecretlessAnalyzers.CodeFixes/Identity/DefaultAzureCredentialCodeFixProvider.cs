using System.Composition;
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
                    // Offer an action only when a rewrite exists (checked, not computed); the other action may still apply.
                    var span = diagnostic.Location.SourceSpan;
                    if (!await RewritePass.IsApplicableAsync(() => DeterministicCredentialRewriter.TryRewriteAsync(document, span, diagnostic.Properties, kind, context.CancellationToken)).ConfigureAwait(false))
                    {
                        continue;
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create(
                            kind == CredentialKind.ManagedIdentityCredential ? CredentialActions.Title(kind, role: null) : "Use DefaultAzureCredential selected by AZURE_TOKEN_CREDENTIALS",
                            cancellationToken => CredentialCodeFixes.RewriteOrKeepAsync(DeterministicCredentialRewriter.TryRewriteAsync, document, diagnostic, kind, cancellationToken),
                            kind == CredentialKind.ManagedIdentityCredential ? CredentialActions.EquivalenceKey(kind) : EnvironmentSelectedKey),
                        diagnostic);
                }
            }
        }
    }
}
