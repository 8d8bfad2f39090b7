namespace SecretlessAnalyzers.Common
{
    /// <summary>Where a declared value goes: the references of a field or local that are arguments of a call.</summary>
    public static class VariableUses
    {
        /// <summary>
        /// The references of the variable <paramref name="declarator"/> declares, in its enclosing type (or file),
        /// that are call arguments (<c>F(x)</c>, <c>F(this.x)</c>), in text order. A semantic model binds only its own
        /// tree, so references in other files are not seen.
        /// </summary>
        public static IEnumerable<ExpressionSyntax> ArgumentReferences(VariableDeclaratorSyntax declarator, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var scope = (SyntaxNode?)declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? declarator.SyntaxTree.GetRoot(cancellationToken);
            var name = declarator.Identifier.ValueText;
            ISymbol? declared = null;
            foreach (var identifier in IdentifierIndex.Named(scope, name, cancellationToken))
            {

                var reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? (ExpressionSyntax)access : identifier;
                if (reference.Parent is not ArgumentSyntax)
                {
                    continue;
                }

                declared ??= semanticModel.GetDeclaredSymbol(declarator, cancellationToken);
                if (declared is not null && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, declared))
                {
                    yield return reference;
                }
            }
        }
    }
}
