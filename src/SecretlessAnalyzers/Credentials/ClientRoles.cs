using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Catalog;

namespace SecretlessAnalyzers.Credentials
{
    /// <summary>The least-privilege data-plane role a managed identity needs for a client that used a key.</summary>
    public static class ClientRoles
    {
        public const string Unknown = "the data-plane role of the service that uses it";

        /// <summary>
        /// The service (a <c>KnownClient.Service</c>) of a client whose role depends on what the code calls on it: the
        /// Azure AI Search clients and App Configuration's <c>ConfigurationClient</c>; null for any other client.
        /// </summary>
        public static string? UsageDependentService(INamedTypeSymbol? client) =>
            client is { Name: "SearchClient" or "SearchIndexClient" or "ConfigurationClient" }
            && AzureCatalog.ServiceOfClientType(client.ContainingNamespace.ToDisplayString() + "." + client.MetadataName) is { } found
            && found.Service.Id is ServiceIds.Search or ServiceIds.AppConfiguration
                ? found.Service.DisplayName
                : null;

        /// <summary>The catalog service of a client, by the SDK namespace it lives in; null when the catalog does not know it.</summary>
        public static AzureService? ServiceOf(INamedTypeSymbol? client) => AzureCatalog.ServiceOfNamespace(client?.ContainingNamespace?.ToDisplayString());

        /// <summary>The role for a client from its service's default role in the catalog, with what to use instead to write.</summary>
        public static string For(INamedTypeSymbol? client)
        {
            var service = ServiceOf(client);
            if (service is null || service.Id is not (ServiceIds.Search or ServiceIds.OpenAI or ServiceIds.AIServices or ServiceIds.EventGrid
                or ServiceIds.WebPubSub or ServiceIds.Maps or ServiceIds.AppConfiguration))
            {
                // Storage, messaging and Cosmos DB clients have rules (and roles from the calls) of their own.
                return Unknown;
            }

            return service.Id switch
            {
                // Index management (SearchIndexClient, SearchIndexerClient) is not a data role.
                ServiceIds.Search when client!.ContainingNamespace.ToDisplayString().EndsWith(".Indexes", System.StringComparison.Ordinal) =>
                    Roles.SearchServiceContributor.Name,
                ServiceIds.Search => AzureCatalog.ReaderOrWriter(Roles.SearchIndexDataReader, Roles.SearchIndexDataContributor, "change documents"),
                ServiceIds.AppConfiguration => AzureCatalog.ReaderOrWriter(Roles.AppConfigurationDataReader, Roles.AppConfigurationDataOwner),
                _ => AzureCatalog.Role(service.DefaultRoleId)?.Name ?? Unknown,
            };
        }
    }
}
