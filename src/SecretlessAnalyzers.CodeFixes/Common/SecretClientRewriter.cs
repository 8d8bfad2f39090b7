using Microsoft.CodeAnalysis.FindSymbols;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Common
{
    /// <summary>
    /// The shape every credential fix shares: find the value that carries the secret to the SDK (the reported
    /// expression, or the credential / <c>Uri</c> object around it), find every call it reaches (directly, or through
    /// a field or local of this document), let the family rewrite each call, then remove the declaration and the
    /// private constants left unused, and clean up. A family only says what wraps a secret and how one call is
    /// rewritten; when any call cannot be rewritten, nothing is.
    /// </summary>
    public abstract class SecretClientRewriter
    {
        protected SecretClientRewriter(Document document, SemanticModel semanticModel, ImmutableDictionary<string, string?> properties, ExpressionSyntax credential)
        {
            Document = document;
            SemanticModel = semanticModel;
            Properties = properties;
            Credential = credential;
            TokenCredential = semanticModel.Compilation.GetTypeByMetadataName("Azure.Core.TokenCredential");
        }

        protected Document Document { get; }

        protected SemanticModel SemanticModel { get; }

        protected ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The token credential expression to write: a new credential, or the shared field of the type.</summary>
        protected ExpressionSyntax Credential { get; }

        protected INamedTypeSymbol? TokenCredential { get; }

        /// <summary>
        /// The fix of a family whose rewriter <paramref name="create"/> makes: the fixed document, or null when the
        /// diagnostic carries a fix blocker, the reported node is gone or the rewriter finds no safe rewrite.
        /// </summary>
        protected static SecretRewrite RewriteWith(Func<Document, SemanticModel, ImmutableDictionary<string, string?>, ExpressionSyntax, SecretClientRewriter> create) =>
            async (document, diagnosticSpan, properties, kind, cancellationToken) =>
            {
                var found = await ReportedSecret.FindAsync(document, diagnosticSpan, properties, cancellationToken).ConfigureAwait(false);
                return found is null
                    ? null
                    : await create(document, found.SemanticModel, properties, found.Credential(document, kind)).RewriteAsync(found.Root, found.Expression, cancellationToken).ConfigureAwait(false);
            };

        /// <summary>Whether an object of this type built around the secret travels to the client in its place.</summary>
        protected abstract bool IsWrapper(ITypeSymbol type);

        /// <summary>
        /// The rewritten <paramref name="call"/> that receives <paramref name="carrier"/> as <paramref name="use"/>, or null
        /// when no safe rewrite exists. <paramref name="carrier"/> equals <paramref name="reported"/> unless a wrapper
        /// object carries the secret.
        /// </summary>
        protected abstract ExpressionSyntax? RewriteUse(ExpressionSyntax call, ArgumentSyntax use, ExpressionSyntax carrier, ExpressionSyntax reported, CancellationToken cancellationToken);

        /// <summary>Further edits once every call is rewritten (a comment that keeps information the secret held).</summary>
        protected virtual void AddEdits(SyntaxEditor editor, IReadOnlyList<ExpressionSyntax> rewrittenCalls)
        {
        }

        private async Task<Document?> RewriteAsync(SyntaxNode root, ExpressionSyntax reported, CancellationToken cancellationToken)
        {
            // "read ?? secret": the whole fallback carries the secret, and goes with it.
            var carrier = FallbackReads.CoalesceAround(reported, SemanticModel, cancellationToken)?.Coalesce ?? reported;
            if (reported.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax wrapper } }
                && SemanticModel.GetTypeInfo(wrapper, cancellationToken).Type is { } wrapperType
                && IsWrapper(wrapperType))
            {
                carrier = wrapper;
            }

            var uses = new List<ArgumentSyntax>();
            VariableDeclaratorSyntax? declarator = null;
            if (carrier.Parent is ArgumentSyntax directUse)
            {
                uses.Add(directUse);
            }
            else if (carrier.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable })
            {
                declarator = variable;
                if (!await TryCollectUsesAsync(root, variable, uses, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }
            else
            {
                return null;
            }

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var use in uses)
            {
                if (use.Parent?.Parent is not ExpressionSyntax call)
                {
                    return null;
                }

                var replacement = RewriteUse(call, use, carrier, reported, cancellationToken);
                if (replacement is null)
                {
                    return null;
                }

                replacements[call] = replacement;
            }

            var editor = new SyntaxEditor(root, Document.Project.Solution.Workspace.Services);
            foreach (var pair in replacements)
            {
                editor.ReplaceNode(pair.Key, pair.Value);
            }

            AddEdits(editor, replacements.Keys.Cast<ExpressionSyntax>().ToList());
            var removedValue = declarator?.Initializer?.Value ?? carrier;
            var removedMarker = new SyntaxAnnotation();
            if (declarator is not null)
            {
                editor.ReplaceNode(DeclarationToRemove(declarator), (node, _) => node.WithAdditionalAnnotations(removedMarker));
            }

            var candidates = UnusedDeclarations.ReferencedBy(removedValue, SemanticModel, cancellationToken);
            var newRoot = editor.GetChangedRoot();
            if (newRoot.GetAnnotatedNodes(removedMarker).FirstOrDefault() is { } removed)
            {
                newRoot = SyntaxRemoval.Remove(newRoot, removed);
            }

            var newDocument = Document.WithSyntaxRoot(newRoot);
            newDocument = await UnusedDeclarations.RemoveAsync(newDocument, candidates, cancellationToken).ConfigureAwait(false);
            return await FixCleanup.RunAsync(newDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Whether the rewritten call binds to an overload that takes a <c>TokenCredential</c>.</summary>
        protected bool BindsToTokenOverload(ExpressionSyntax original, ExpressionSyntax rewritten)
        {
            var symbol = SpeculativeBinding.SymbolInfo(SemanticModel, original, rewritten).Symbol;
            return symbol is IMethodSymbol method
                && TokenCredential is not null
                && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, TokenCredential));
        }

        /// <summary>
        /// <c>registration</c> followed by <c>.WithCredential(credential)</c>, which sets the credential of that client
        /// only; null unless both bind.
        /// </summary>
        protected ExpressionSyntax? WithCredential(InvocationExpressionSyntax original, InvocationExpressionSyntax registration) =>
            WithCredential(SemanticModel, original, registration, Credential);

        /// <summary>The same for a fix that is not a <see cref="SecretClientRewriter"/> (SL2001).</summary>
        public static ExpressionSyntax? WithCredential(SemanticModel semanticModel, InvocationExpressionSyntax original, InvocationExpressionSyntax registration, ExpressionSyntax credential)
        {
            var withCredential = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, registration.WithoutTrailingTrivia(), SyntaxFactory.IdentifierName("WithCredential")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(credential))))
                .WithTrailingTrivia(original.GetTrailingTrivia());
            var bound = semanticModel.GetSpeculativeSymbolInfo(original.SpanStart, withCredential, SpeculativeBindingOption.BindAsExpression).Symbol;
            return bound is IMethodSymbol { Name: "WithCredential" } ? withCredential : null;
        }

        /// <summary>Maps each argument to its parameter, following names; null when an argument has no parameter.</summary>
        protected static Dictionary<ArgumentSyntax, IParameterSymbol>? ArgumentsByParameter(ArgumentListSyntax list, IMethodSymbol method) =>
            ArgumentLists.ByParameter(list, method);

        /// <summary>Every reference of the variable must be an argument of a call; references elsewhere block the fix.</summary>
        private async Task<bool> TryCollectUsesAsync(SyntaxNode root, VariableDeclaratorSyntax variable, List<ArgumentSyntax> uses, CancellationToken cancellationToken)
        {
            var symbol = SemanticModel.GetDeclaredSymbol(variable, cancellationToken);
            if (symbol is null)
            {
                return false;
            }

            if (symbol is IFieldSymbol field && !SecretDeclarations.IsReadOnlyIn(field, root.SyntaxTree))
            {
                // Fields may be read from other files: all references must be in this document.
                var references = await SymbolFinder.FindReferencesAsync(symbol, Document.Project.Solution, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.SelectMany(r => r.Locations))
                {
                    if (location.Document.Id != Document.Id)
                    {
                        return false;
                    }
                }
            }

            // The file's identifiers of that name, from the index built once per tree (not a walk of the file per fix).
            var name = variable.Identifier.ValueText;
            foreach (var identifier in IdentifierIndex.Named(root, name, cancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(SemanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol))
                {
                    continue;
                }

                var reference = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? (ExpressionSyntax)access : identifier;
                if (reference.Parent is not ArgumentSyntax argument)
                {
                    return false;
                }

                uses.Add(argument);
            }

            return uses.Count > 0;
        }

        private static SyntaxNode DeclarationToRemove(VariableDeclaratorSyntax declarator)
        {
            if (declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration
                && declaration.Parent is FieldDeclarationSyntax or LocalDeclarationStatementSyntax)
            {
                return declaration.Parent;
            }

            return declarator;
        }
    }
}
