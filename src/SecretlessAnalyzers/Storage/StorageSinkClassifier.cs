using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Storage
{
    /// <summary>
    /// Finds where a storage secret expression goes, by binding only the call that directly receives it. Runs for
    /// candidate literals only, so semantic work stays off the common path.
    /// </summary>
    public static class StorageSinkClassifier
    {
        public static SecretSink Classify(ExpressionSyntax value, SemanticModel semanticModel, StorageSymbols symbols, CancellationToken cancellationToken)
        {
            if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax })
            {
                return new SecretSink(SecretSinks.Declaration, null);
            }

            if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return SecretSink.Other;
            }

            var type = method.ContainingType;
            if (symbols.IsLegacy(type))
            {
                return new SecretSink(SecretSinks.LegacySdk, null);
            }

            if (method.MethodKind == MethodKind.Constructor)
            {
                var service = symbols.ServiceOf(type);
                if (service is not null)
                {
                    return new SecretSink(SecretSinks.ClientConstructor, service);
                }

                if ((symbols.IsSasCredential(type) || symbols.IsKeyCredential(type)) && call is BaseObjectCreationExpressionSyntax credential)
                {
                    return ClassifyValueUse(credential, semanticModel, symbols, cancellationToken);
                }

                if (SymbolEqualityComparer.Default.Equals(type, symbols.Uri) && call is BaseObjectCreationExpressionSyntax uri)
                {
                    // A SAS URL: new BlobClient(new Uri("https://...?sv=...&sig=...")).
                    var use = ClassifyValueUse(uri, semanticModel, symbols, cancellationToken);
                    return use.Kind == SecretSinks.Credential ? new SecretSink(SecretSinks.ClientConstructor, use.Service) : use;
                }

                return SecretSink.Other;
            }

            var registered = symbols.ServiceOfRegistration(method.ReducedFrom ?? method);
            return registered is not null ? new SecretSink(SecretSinks.ClientRegistration, registered) : SecretSink.Other;
        }

        /// <summary>Where a credential (or SAS <c>Uri</c>) object goes: into a storage client, or into a variable.</summary>
        public static SecretSink ClassifyValueUse(ExpressionSyntax created, SemanticModel semanticModel, StorageSymbols symbols, CancellationToken cancellationToken)
        {
            if (created.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax })
            {
                return new SecretSink(SecretSinks.Declaration, null);
            }

            if (created.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax client } }
                && semanticModel.GetSymbolInfo(client, cancellationToken).Symbol is IMethodSymbol constructor)
            {
                var service = symbols.ServiceOf(constructor.ContainingType);
                if (service is not null)
                {
                    return new SecretSink(SecretSinks.Credential, service);
                }
            }

            return SecretSink.Other;
        }
    }
}
