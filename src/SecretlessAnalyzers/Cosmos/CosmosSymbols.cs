using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Cosmos
{
    /// <summary>The Cosmos DB SDK types of one compilation, looked up once and only when a candidate appears.</summary>
    public sealed class CosmosSymbols(Compilation compilation)
    {
        public static readonly string ContributorRole = Roles.CosmosDataContributor.Name;

        public INamedTypeSymbol? CosmosClient { get; } = compilation.GetTypeByMetadataName("Microsoft.Azure.Cosmos.CosmosClient");

        public INamedTypeSymbol? CosmosClientBuilder { get; } = compilation.GetTypeByMetadataName("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder");

        public INamedTypeSymbol? AzureKeyCredential { get; } = compilation.GetTypeByMetadataName("Azure.AzureKeyCredential");

        public AzureIdentitySymbols Identity { get; } = new AzureIdentitySymbols(compilation);

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
