using Microsoft.CodeAnalysis.FindSymbols;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The const, field or local that holds a secret: where it is read, which node to remove with it, and which
    /// constants it was built from (candidates for removal once unused).
    /// </summary>
    public static class SecretDeclarations
    {
        /// <summary>
        /// The expressions that read <paramref name="variable"/> in <paramref name="document"/>; null when a field is
        /// also read from another document, which a fix of this document cannot follow.
        /// </summary>
        public static async Task<List<ExpressionSyntax>?> CollectReferencesAsync(
            Document document,
            SemanticModel semanticModel,
            VariableDeclaratorSyntax variable,
            CancellationToken cancellationToken)
        {
            var symbol = semanticModel.GetDeclaredSymbol(variable, cancellationToken);
            if (symbol is null)
            {
                return null;
            }

            if (symbol is IFieldSymbol field && !IsReadOnlyIn(field, semanticModel.SyntaxTree))
            {
                var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
                if (references.SelectMany(r => r.Locations).Any(location => location.Document.Id != document.Id))
                {
                    return null;
                }
            }

            return ValueReferences.InTree(variable, semanticModel, cancellationToken);
        }

        /// <summary>
        /// Whether only <paramref name="tree"/> can read <paramref name="field"/>: a private field of a type declared in
        /// that file alone. Then no search of the solution is needed (each search walks the file's tokens for the
        /// name: a fix-all over N such fields would walk the file N times).
        /// </summary>
        public static bool IsReadOnlyIn(IFieldSymbol field, SyntaxTree tree) =>
            field.DeclaredAccessibility == Accessibility.Private
            && field.ContainingType.DeclaringSyntaxReferences.All(r => r.SyntaxTree == tree);

        /// <summary>The whole field or local declaration when it declares only this variable, else the declarator.</summary>
        public static SyntaxNode DeclarationToRemove(VariableDeclaratorSyntax declarator) =>
            declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration
            && declaration.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax
                ? declaration.Parent
                : declarator;

        /// <summary>Private constants, readonly fields and locals read by the removed secret expression.</summary>
        public static ImmutableArray<ISymbol> ReferencedValueSymbols(ExpressionSyntax removed, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var symbols = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var identifier in removed.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                var symbol = semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol;
                if (symbol is IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field && (field.IsConst || field.IsReadOnly)
                    || symbol is ILocalSymbol)
                {
                    symbols.Add(symbol);
                }
            }

            return symbols.ToImmutable();
        }

        /// <summary>Whether the rewritten call binds to an overload that takes a <c>TokenCredential</c>.</summary>
        public static bool BindsToTokenOverload(SemanticModel semanticModel, ExpressionSyntax original, ExpressionSyntax rewritten)
        {
            var symbol = SpeculativeBinding.SymbolInfo(semanticModel, original, rewritten).Symbol;
            var tokenCredential = semanticModel.Compilation.GetTypeByMetadataName("Azure.Core.TokenCredential");
            return symbol is IMethodSymbol method
                && tokenCredential is not null
                && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, tokenCredential));
        }
    }
}
