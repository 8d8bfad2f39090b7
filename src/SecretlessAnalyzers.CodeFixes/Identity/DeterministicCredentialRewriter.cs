using SecretlessAnalyzers.CodeFixes.Common;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.CodeFixes.Identity
{
    /// <summary>
    /// Replaces <c>new DefaultAzureCredential(...)</c> with a deterministic credential:
    /// <list type="bullet">
    /// <item><see cref="CredentialKind.ManagedIdentityCredential"/>: <c>new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)</c>
    /// (user-assigned with <c>secretless.managed_identity_client_id</c>), not offered when options are passed (they may
    /// name a user-assigned identity or a tenant that would be lost);</item>
    /// <item><see cref="CredentialKind.DefaultAzureCredential"/>: <c>new DefaultAzureCredential(DefaultAzureCredential.DefaultEnvironmentVariableName[, options])</c>,
    /// the chain selected by <c>AZURE_TOKEN_CREDENTIALS</c>.</item>
    /// </list>
    /// Every new creation is bound speculatively; when a declared type changes too, the document is compiled again and
    /// must have no new error.
    /// </summary>
    public static class DeterministicCredentialRewriter
    {
        private const string EnvironmentVariableNameField = "Azure.Identity.DefaultAzureCredential.DefaultEnvironmentVariableName";

        public static async Task<Document?> TryRewriteAsync(
            Document document,
            TextSpan diagnosticSpan,
            ImmutableDictionary<string, string?> properties,
            CredentialKind kind,
            CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return null;
            }

            var creation = root.FindNode(diagnosticSpan, getInnermostNodeForTie: true)
                .DescendantNodesAndSelf()
                .OfType<BaseObjectCreationExpressionSyntax>()
                .FirstOrDefault(c => c.Span == diagnosticSpan);
            var identity = new AzureIdentitySymbols(semanticModel.Compilation);
            if (creation is null || creation.Initializer is not null || identity.DefaultAzureCredential is null
                || semanticModel.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, identity.DefaultAzureCredential)
                || !TryGetOptionsArgument(creation, constructor, semanticModel, cancellationToken, out var options))
            {
                return null;
            }

            var newRoot = kind == CredentialKind.ManagedIdentityCredential
                ? options is null ? WithManagedIdentity(root, creation, semanticModel, identity, document, cancellationToken) : null
                : WithEnvironmentSelection(root, creation, options, semanticModel);
            if (newRoot is null)
            {
                return null;
            }

            var fixedDocument = document.WithSyntaxRoot(newRoot);
            if (kind == CredentialKind.ManagedIdentityCredential && !await CompilesAsWellAsync(fixedDocument, semanticModel, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return await FixCleanup.RunAsync(fixedDocument, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The options argument to keep, or null when there is none. False when an argument cannot be carried over:
        /// <c>includeInteractiveCredentials</c> other than the constant <c>false</c>.
        /// </summary>
        private static bool TryGetOptionsArgument(BaseObjectCreationExpressionSyntax creation, IMethodSymbol constructor, SemanticModel semanticModel, CancellationToken cancellationToken, out ExpressionSyntax? options)
        {
            options = null;
            var arguments = creation.ArgumentList?.Arguments ?? default;
            if (arguments.Count == 0)
            {
                return true;
            }

            if (arguments.Count != 1 || constructor.Parameters.Length != 1)
            {
                return false;
            }

            var argument = arguments[0].Expression;
            if (constructor.Parameters[0].Type.SpecialType == SpecialType.System_Boolean)
            {
                return semanticModel.GetConstantValue(argument, cancellationToken) is { HasValue: true, Value: false };
            }

            options = argument;
            return true;
        }

        private static SyntaxNode? WithManagedIdentity(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, SemanticModel semanticModel, AzureIdentitySymbols identity, Document document, CancellationToken cancellationToken)
        {
            var credential = CredentialSyntax.NewCredential(semanticModel.Compilation, CredentialKind.ManagedIdentityCredential, CredentialOptions.For(document, root.SyntaxTree))
                .WithTriviaFrom(creation);
            var bound = semanticModel.GetSpeculativeSymbolInfo(creation.SpanStart, credential, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            if (bound is null || !SymbolEqualityComparer.Default.Equals(bound.ContainingType, identity.ManagedIdentityCredential) || bound.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"))
            {
                return null;
            }

            // Where the value keeps the DefaultAzureCredential type, the declared type changes with it.
            var convertedType = semanticModel.GetTypeInfo(creation, cancellationToken).ConvertedType;
            if (!SymbolEqualityComparer.Default.Equals(convertedType, identity.DefaultAzureCredential))
            {
                return root.ReplaceNode(creation, credential);
            }

            var declaredType = creation.Parent is EqualsValueClauseSyntax equals
                ? equals.Parent switch
                {
                    VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } => declaration.Type,
                    PropertyDeclarationSyntax property => property.Type,
                    _ => null,
                }
                : null;
            if (declaredType is null)
            {
                return null;
            }

            if (declaredType.IsVar)
            {
                return root.ReplaceNode(creation, credential);
            }

            var newType = CredentialSyntax.Annotate(SyntaxFactory.ParseTypeName(CredentialSyntax.CredentialTypeName(CredentialKind.ManagedIdentityCredential))).WithTriviaFrom(declaredType);
            return root.ReplaceNodes(new SyntaxNode[] { declaredType, creation }, (original, _) => original == creation ? credential : newType);
        }

        private static SyntaxNode? WithEnvironmentSelection(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, ExpressionSyntax? options, SemanticModel semanticModel)
        {
            var variableName = CredentialSyntax.Annotate(SyntaxFactory.ParseExpression(EnvironmentVariableNameField));
            var expressions = options is null ? new[] { variableName } : new[] { variableName, options };
            var arguments = creation.ArgumentList is null
                ? SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(expressions.Select(SyntaxFactory.Argument)))
                : ArgumentLists.Replace(creation.ArgumentList, expressions);

            // Bound in its explicit form: a target-typed new() has no type of its own outside its declaration.
            var explicitForm = SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName("Azure.Identity.DefaultAzureCredential"), arguments.WithoutTrivia(), initializer: null);
            var bound = semanticModel.GetSpeculativeSymbolInfo(creation.SpanStart, explicitForm, SpeculativeBindingOption.BindAsExpression).Symbol as IMethodSymbol;
            if (bound is null || bound.Parameters.Length == 0 || bound.Parameters[0].Type.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            BaseObjectCreationExpressionSyntax rewritten = creation switch
            {
                ObjectCreationExpressionSyntax explicitCreation => explicitCreation.WithArgumentList(arguments),
                ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.WithArgumentList(arguments),
                _ => creation,
            };
            return rewritten == creation ? null : root.ReplaceNode(creation, rewritten);
        }

        /// <summary>A changed declared type may not fit every use of the variable: the fixed document must have no new error.</summary>
        private static async Task<bool> CompilesAsWellAsync(Document candidate, SemanticModel originalModel, CancellationToken cancellationToken)
        {
            if (RewritePass.IsDeferred)
            {
                // The fix-all checks the whole merged document once.
                return true;
            }

            var model = await candidate.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return false;
            }

            static int Errors(SemanticModel semanticModel, CancellationToken token) =>
                semanticModel.GetDiagnostics(cancellationToken: token).Count(d => d.Severity == DiagnosticSeverity.Error);

            return Errors(model, cancellationToken) <= Errors(originalModel, cancellationToken);
        }
    }
}
