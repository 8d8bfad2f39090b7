using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>Registers the two credential actions of a secret fix, in the order <c>secretless.credential</c> asks for.</summary>
    public static class CredentialCodeFixes
    {
        /// <summary>
        /// Registers an action per credential kind only when a safe rewrite exists: first the syntactic check (no fix
        /// blocker, the analyzer has already said why there is no fix; the reported expression is still there), then
        /// the rewrite in check-only mode (<see cref="RewritePass"/>). Each action computes its full rewrite (clean-up
        /// and compile check included) only when the host invokes it: preview, apply, dotnet format.
        /// <paramref name="title"/> may replace the default title (for a fix that writes no credential object).
        /// </summary>
        /// <param name="kinds">The credential kinds to offer, first the one dotnet format applies; default: the two of <see cref="CredentialActions.InPreferredOrder"/>.</param>
        public static async Task RegisterAsync(
            CodeFixContext context,
            SecretRewrite rewrite,
            System.Func<CredentialKind, string?, string>? title = null,
            System.Func<CredentialOptions, System.Collections.Generic.IEnumerable<CredentialKind>>? kinds = null,
            SolutionFollowUp? followUp = null)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            var options = CredentialOptions.For(document, root.SyntaxTree);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (UnusedSecretDefault.IsCandidate(diagnostic.Properties))
                {
                    await UnusedSecretDefault.RegisterAsync(context, diagnostic).ConfigureAwait(false);
                    continue;
                }

                if (!MayHaveFix(root, diagnostic.Location.SourceSpan, diagnostic.Properties))
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(DiagnosticProperties.Role, out var role);
                foreach (var kind in kinds?.Invoke(options) ?? CredentialActions.InPreferredOrder(options))
                {
                    if (!await RewritePass.IsApplicableAsync(() => rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, context.CancellationToken)).ConfigureAwait(false))
                    {
                        break;
                    }

                    var actionTitle = title?.Invoke(kind, role) ?? CredentialActions.Title(kind, role);
                    context.RegisterCodeFix(
                        followUp is null
                            ? CodeAction.Create(
                                actionTitle,
                                cancellationToken => RewriteOrKeepAsync(rewrite, document, diagnostic, kind, cancellationToken),
                                CredentialActions.EquivalenceKey(kind))
                            : CodeAction.Create(
                                actionTitle,
                                cancellationToken => RewriteWithFollowUpAsync(rewrite, followUp, document, diagnostic, kind, cancellationToken),
                                CredentialActions.EquivalenceKey(kind)),
                        diagnostic);
                }
            }
        }

        /// <summary>The rewrite, then the <paramref name="followUp"/> (other files) when the document changed.</summary>
        private static async Task<Solution> RewriteWithFollowUpAsync(SecretRewrite rewrite, SolutionFollowUp followUp, Document document, Diagnostic diagnostic, CredentialKind kind, CancellationToken cancellationToken)
        {
            var fixedDocument = await RewriteOrKeepAsync(rewrite, document, diagnostic, kind, cancellationToken).ConfigureAwait(false);
            return fixedDocument == document
                ? document.Project.Solution
                : await followUp(fixedDocument.Project.Solution, new[] { (document, diagnostic) }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The registration check: syntax and properties only, no binding.</summary>
        public static bool MayHaveFix(SyntaxNode root, TextSpan span, ImmutableDictionary<string, string?> properties) =>
            !properties.ContainsKey(DiagnosticProperties.FixBlocker)
            && root.FullSpan.Contains(span)
            && root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax;

        /// <summary>The full rewrite, computed on invocation; the document unchanged in the rare case the compile check,
        /// skipped at registration, turns it down: a fix never writes code that does not compile.</summary>
        public static async Task<Document> RewriteOrKeepAsync(SecretRewrite rewrite, Document document, Diagnostic diagnostic, CredentialKind kind, CancellationToken cancellationToken) =>
            await rewrite(document, diagnostic.Location.SourceSpan, diagnostic.Properties, kind, cancellationToken).ConfigureAwait(false) ?? document;
    }
}
