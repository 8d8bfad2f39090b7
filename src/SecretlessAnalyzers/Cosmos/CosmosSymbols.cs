using System;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Cosmos
{
    /// <summary>The Cosmos DB SDK types of one compilation, looked up once and only when a candidate appears.</summary>
    public sealed class CosmosSymbols
    {
        public static readonly string ContributorRole = Roles.CosmosDataContributor.Name;

        public CosmosSymbols(Compilation compilation)
        {
            CosmosClient = compilation.GetTypeByMetadataName("Microsoft.Azure.Cosmos.CosmosClient");
            CosmosClientBuilder = compilation.GetTypeByMetadataName("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder");
            AzureKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureKeyCredential");
            Identity = new AzureIdentitySymbols(compilation);
        }

        public INamedTypeSymbol? CosmosClient { get; }

        public INamedTypeSymbol? CosmosClientBuilder { get; }

        public INamedTypeSymbol? AzureKeyCredential { get; }

        public AzureIdentitySymbols Identity { get; }

        public bool IsClient(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, CosmosClient) || SymbolEqualityComparer.Default.Equals(type, CosmosClientBuilder));

        /// <summary>The retired .NET SDK v2 (Microsoft.Azure.DocumentDB[.Core]): <c>DocumentClient</c> and friends.</summary>
        public static bool IsLegacy(ITypeSymbol? type)
        {
            var ns = type?.ContainingNamespace?.ToDisplayString();
            return ns is not null && (ns == "Microsoft.Azure.Documents" || ns.StartsWith("Microsoft.Azure.Documents.", StringComparison.Ordinal));
        }
    }
}
