using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Messaging
{
    /// <summary>Where a messaging secret goes, and what the receiving call already says about the entity.</summary>
    /// <param name="Kind">One of <see cref="SecretSinks"/>.</param>
    /// <param name="Client">One of <see cref="MessagingClients"/>: the client the secret reaches, when known.</param>
    /// <param name="NamesEventHub">The receiving call passes an <c>eventHubName</c> argument of its own.</param>
    /// <param name="ClientCreation">The client constructor a credential object is given to.</param>
    /// <param name="LegacyPackage">For <see cref="SecretSinks.LegacySdk"/>: the retired package.</param>
    public readonly record struct MessagingSink(string Kind, string? Client, bool NamesEventHub = false, BaseObjectCreationExpressionSyntax? ClientCreation = null, string? LegacyPackage = null)
    {
        public static MessagingSink Other => new MessagingSink(SecretSinks.Other, null);
    }

    /// <summary>
    /// Finds where a messaging secret goes by binding only the call that receives it (and, for a declaration, the
    /// first call in the same type that receives the declared variable). Runs for candidates only.
    /// </summary>
    public static class MessagingSinkClassifier
    {
        private const int MaxDeclarationHops = 3;

        public static MessagingSink Classify(ExpressionSyntax value, SemanticModel semanticModel, MessagingSymbols symbols, CancellationToken cancellationToken, int depth = 0)
        {
            if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                return ClassifyDeclaration(declarator, semanticModel, symbols, cancellationToken, depth);
            }

            if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return MessagingSink.Other;
            }

            var legacy = MessagingSymbols.LegacyPackageOf(method.ContainingType);
            if (legacy is not null)
            {
                return new MessagingSink(SecretSinks.LegacySdk, null, LegacyPackage: legacy);
            }

            if (method.MethodKind == MethodKind.Constructor)
            {
                var client = symbols.ClientOf(method.ContainingType);
                if (client is not null)
                {
                    return new MessagingSink(SecretSinks.ClientConstructor, client, NamesEventHub(method));
                }

                return symbols.IsCredential(method.ContainingType) && call is BaseObjectCreationExpressionSyntax credential
                    ? ClassifyValueUse(credential, semanticModel, symbols, cancellationToken, depth)
                    : MessagingSink.Other;
            }

            var registered = symbols.ClientOfRegistration(method.ReducedFrom ?? method);
            return registered is not null ? new MessagingSink(SecretSinks.ClientRegistration, registered, NamesEventHub(method)) : MessagingSink.Other;
        }

        /// <summary>Where a credential object goes: into a messaging client, or into a variable that one receives.</summary>
        public static MessagingSink ClassifyValueUse(ExpressionSyntax created, SemanticModel semanticModel, MessagingSymbols symbols, CancellationToken cancellationToken, int depth = 0)
        {
            if (created.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
            {
                var declared = ClassifyDeclaration(declarator, semanticModel, symbols, cancellationToken, depth);
                return declared.Client is not null && declared.ClientCreation is not null
                    ? new MessagingSink(SecretSinks.Credential, declared.Client, declared.NamesEventHub, declared.ClientCreation)
                    : declared;
            }

            if (created.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax client } }
                && semanticModel.GetSymbolInfo(client, cancellationToken).Symbol is IMethodSymbol constructor
                && symbols.ClientOf(constructor.ContainingType) is { } kind)
            {
                return new MessagingSink(SecretSinks.Credential, kind, NamesEventHub(constructor), client);
            }

            return MessagingSink.Other;
        }

        /// <summary>A declaration: the client it reaches is the one of its first use as an argument in the enclosing type.</summary>
        private static MessagingSink ClassifyDeclaration(VariableDeclaratorSyntax declarator, SemanticModel semanticModel, MessagingSymbols symbols, CancellationToken cancellationToken, int depth)
        {
            // A credential held in a variable built from a variable...: followed a few steps, never without bound.
            if (depth >= MaxDeclarationHops)
            {
                return new MessagingSink(SecretSinks.Declaration, null);
            }

            foreach (var reference in VariableUses.ArgumentReferences(declarator, semanticModel, cancellationToken))
            {
                var use = Classify(reference, semanticModel, symbols, cancellationToken, depth + 1);
                if (use.Client is not null || use.Kind == SecretSinks.LegacySdk)
                {
                    var creation = use.Kind == SecretSinks.ClientConstructor ? reference.Parent?.Parent?.Parent as BaseObjectCreationExpressionSyntax : use.ClientCreation;
                    return new MessagingSink(use.Kind == SecretSinks.LegacySdk ? SecretSinks.LegacySdk : SecretSinks.Declaration, use.Client, use.NamesEventHub, creation, use.LegacyPackage);
                }
            }

            return new MessagingSink(SecretSinks.Declaration, null);
        }

        private static bool NamesEventHub(IMethodSymbol method) => method.Parameters.Any(p => p.Name == "eventHubName");
    }
}
