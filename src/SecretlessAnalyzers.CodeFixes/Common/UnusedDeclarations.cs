using Microsoft.CodeAnalysis.FindSymbols;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// After a secret is removed, the private constants, readonly fields and locals it was built from (account name,
    /// key) are often left unused: remove those, and then what they were built from, so no key part stays behind.
    /// </summary>
    public static class UnusedDeclarations
    {
        private const int MaxRounds = 8;

        public static async Task<Document> RemoveAsync(Document document, ImmutableArray<ISymbol> candidates, CancellationToken cancellationToken)
        {
            if (RewritePass.DeferredWork is { } deferred)
            {
                // A fix-all removes what is left unused once, after merging every rewrite of the document.
                deferred.UnusedCandidates.AddRange(candidates);
                return document;
            }

            var pending = new Queue<(string Name, SymbolKind Kind)>(candidates.Select(c => (c.Name, c.Kind)).Distinct());
            for (var round = 0; round < MaxRounds * 4 && pending.Count > 0; round++)
            {
                var (name, kind) = pending.Dequeue();
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root is null || semanticModel is null)
                {
                    break;
                }

                foreach (var declarator in root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Identifier.ValueText == name))
                {
                    var symbol = semanticModel.GetDeclaredSymbol(declarator, cancellationToken);
                    if (symbol is null || symbol.Kind != kind || !IsRemovable(symbol)
                        || await IsReferencedAsync(document, symbol, cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    // What this declaration was built from may become unused in turn.
                    if (declarator.Initializer is { } initializer)
                    {
                        foreach (var identifier in initializer.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                        {
                            if (semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol is { } used && IsRemovable(used))
                            {
                                pending.Enqueue((used.Name, used.Kind));
                            }
                        }
                    }

                    var node = declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration
                        && declaration.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax
                        ? declaration.Parent
                        : declarator;
                    document = document.WithSyntaxRoot(SyntaxRemoval.Remove(root, node));

                    break;
                }
            }

            return document;
        }

        /// <summary>The private constants, readonly fields and locals that <paramref name="removed"/> reads: candidates for removal once unused.</summary>
        public static ImmutableArray<ISymbol> ReferencedBy(SyntaxNode removed, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var symbols = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var identifier in removed.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                if (semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol is { } symbol && IsRemovable(symbol))
                {
                    symbols.Add(symbol);
                }
            }

            return symbols.ToImmutable();
        }

        internal static bool IsRemovable(ISymbol symbol) =>
            symbol is IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field && (field.IsConst || field.IsReadOnly)
            || symbol is ILocalSymbol;

        private static async Task<bool> IsReferencedAsync(Document document, ISymbol symbol, CancellationToken cancellationToken)
        {
            var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            return references.Any(r => r.Locations.Any());
        }
    }
}
