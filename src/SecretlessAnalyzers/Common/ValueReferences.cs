namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// The places in one syntax tree that read a variable: where a secret held by a const, field or local goes.
    /// Only run for values that already are secrets, so the walk stays off the common path; it is bounded.
    /// </summary>
    public static class ValueReferences
    {
        private const int MaxReferences = 64;

        /// <summary>
        /// The expressions that read <paramref name="variable"/> in its tree: the identifier, or <c>this.X</c> / <c>Type.X</c>
        /// around it. A local is searched in its enclosing block, a field in the whole tree.
        /// </summary>
        public static List<ExpressionSyntax> InTree(VariableDeclaratorSyntax variable, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var references = new List<ExpressionSyntax>();
            var symbol = semanticModel.GetDeclaredSymbol(variable, cancellationToken);
            if (symbol is null)
            {
                return references;
            }

            var scope = symbol is ILocalSymbol ? variable.FirstAncestorOrSelf<BlockSyntax>() ?? variable.SyntaxTree.GetRoot(cancellationToken) : variable.SyntaxTree.GetRoot(cancellationToken);
            var name = variable.Identifier.ValueText;
            foreach (var identifier in IdentifierIndex.Named(scope, name, cancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    continue;
                }

                references.Add(identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier);
                if (references.Count >= MaxReferences)
                {
                    break;
                }
            }

            return references;
        }
    }
}
