using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The shape every credential fix shares: one action per credential kind, in the order of
    /// <c>secretless.credential</c>, each registered only when its rewrite is known to succeed, and Fix All through
    /// <see cref="SharedCredentialFixAllProvider"/>.
    /// </summary>
    public abstract class CredentialCodeFixProvider : CodeFixProvider
    {
        private readonly SecretRewrite _rewrite;

        /// <param name="diagnosticId">The rule the provider fixes.</param>
        /// <param name="rewrite">Rewrites one secret; returns null when no safe rewrite exists.</param>
        protected CredentialCodeFixProvider(string diagnosticId, SecretRewrite rewrite)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _rewrite = rewrite;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>The credential kinds offered, first the one dotnet format applies.</summary>
        protected virtual IEnumerable<CredentialKind> Kinds(CredentialOptions options) => CredentialActions.InPreferredOrder(options);

        public sealed override FixAllProvider GetFixAllProvider() => SharedCredentialFixAllProvider.Create(_rewrite);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
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
                foreach (var kind in Kinds(options))
                {
                    // Offer an action only when the rewrite is known to succeed: a fix never breaks the build.
                    var fixedDocument = await _rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken).ConfigureAwait(false);
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
