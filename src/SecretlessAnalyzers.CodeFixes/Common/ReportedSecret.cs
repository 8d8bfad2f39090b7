using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>The expression a secret diagnostic was reported at, with the root and semantic model a fix works on.</summary>
    public sealed class ReportedSecret
    {
        private ReportedSecret(SyntaxNode root, SemanticModel semanticModel, ExpressionSyntax expression)
        {
            Root = root;
            SemanticModel = semanticModel;
            Expression = expression;
        }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        public ExpressionSyntax Expression { get; }

        /// <summary>Null when the diagnostic carries a fix blocker or its expression is gone.</summary>
        public static async Task<ReportedSecret?> FindAsync(Document document, TextSpan span, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            if (properties.ContainsKey(DiagnosticProperties.FixBlocker))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return root is not null && semanticModel is not null && root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax expression
                ? new ReportedSecret(root, semanticModel, expression)
                : null;
        }

        /// <summary>The shared credential field of an enclosing type when there is one, else a new credential.</summary>
        public ExpressionSyntax Credential(Document document, CredentialKind kind)
        {
            var sharedField = CredentialSyntax.FindSharedCredentialField(Expression, SemanticModel, kind);
            return sharedField is not null
                ? SyntaxFactory.IdentifierName(sharedField)
                : CredentialSyntax.NewCredential(SemanticModel.Compilation, kind, CredentialOptions.For(document, Root.SyntaxTree));
        }

        /// <summary>
        /// Where the secret value goes: the reported expression itself, or every read of the const, field or local it
        /// initializes (<paramref name="declarator"/>). Null when a read is out of this document's reach or there is none.
        /// </summary>
        public async Task<List<ExpressionSyntax>?> CollectUsesAsync(Document document, CancellationToken cancellationToken)
        {
            if (Declarator is not { } declarator)
            {
                return new List<ExpressionSyntax> { Expression };
            }

            var references = await SecretDeclarations.CollectReferencesAsync(document, SemanticModel, declarator, cancellationToken).ConfigureAwait(false);
            return references is { Count: > 0 } ? references : null;
        }

        /// <summary>The variable the reported expression initializes, if any.</summary>
        public VariableDeclaratorSyntax? Declarator =>
            Expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } ? declarator : null;
    }
}
