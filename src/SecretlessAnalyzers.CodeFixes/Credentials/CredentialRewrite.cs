using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Credentials;

namespace SecretlessAnalyzers.CodeFixes.Credentials
{
    /// <summary>
    /// What the SL1005 and SL1006 rewrites share: finding the call that received the reported secret, writing the
    /// credential (the type's shared field when there is one), and finishing (unused constants removed, imports
    /// added, names shortened, and the result kept only if it compiles).
    /// </summary>
    internal sealed class CredentialRewrite
    {
        private CredentialRewrite(Document document, SyntaxNode root, SemanticModel semanticModel, ExpressionSyntax call)
        {
            Document = document;
            Root = root;
            SemanticModel = semanticModel;
            Call = call;
            Symbols = new CredentialSymbols(semanticModel.Compilation);
        }

        public Document Document { get; }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        /// <summary>The constructor or method call whose argument holds the reported secret.</summary>
        public ExpressionSyntax Call { get; }

        public CredentialSymbols Symbols { get; }

        /// <summary>Null when the diagnostic carries a fix blocker or its secret is not a call argument any more.</summary>
        public static async Task<CredentialRewrite?> StartAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null || properties.ContainsKey(DiagnosticProperties.FixBlocker)
                || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax reported
                || CandidateSyntax.WalkUpParentheses(FallbackReads.CoalesceAround(reported, semanticModel, cancellationToken)?.Coalesce ?? reported).Parent
                    is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } })
            {
                return null;
            }

            return new CredentialRewrite(document, root, semanticModel, call);
        }

        /// <summary>The type's shared credential field when it has one, else a new credential of <paramref name="kind"/>.</summary>
        public ExpressionSyntax Credential(SyntaxNode location, CredentialKind kind)
        {
            var sharedField = CredentialSyntax.FindSharedCredentialField(location, SemanticModel, kind);
            return sharedField is not null
                ? SyntaxFactory.IdentifierName(sharedField)
                : CredentialSyntax.NewCredential(SemanticModel.Compilation, kind, CredentialOptions.For(Document, Root.SyntaxTree));
        }

        public async Task<Document?> FinishAsync(SyntaxNode newRoot, SyntaxNode removedSecret, CancellationToken cancellationToken)
        {
            var candidates = UnusedDeclarations.ReferencedBy(removedSecret, SemanticModel, cancellationToken);
            var rewritten = Document.WithSyntaxRoot(newRoot);
            rewritten = await UnusedDeclarations.RemoveAsync(rewritten, candidates, cancellationToken).ConfigureAwait(false);
            rewritten = await FixCleanup.RunAsync(rewritten, cancellationToken).ConfigureAwait(false);
            return await FixVerification.KeepIfItCompilesAsync(Document, rewritten, cancellationToken).ConfigureAwait(false);
        }
    }
}
