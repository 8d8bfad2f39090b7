using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Storage
{
    /// <summary>The storage SDK types of one compilation, looked up once and only when a candidate literal appears.</summary>
    public sealed class StorageSymbols
    {
        private readonly Dictionary<INamedTypeSymbol, string> _clientServices = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> _legacyTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

        public StorageSymbols(Compilation compilation)
        {
            // The catalog's storage client types: current SDK clients with the part (blob, queue...) whose data role they
            // need; the retired SDK's account and credential types with none.
            foreach (var client in Services.Storage.ClientTypes)
            {
                var type = compilation.GetTypeByMetadataName(client.MetadataName);
                if (type is null)
                {
                    continue;
                }

                if (client.Part is { } part)
                {
                    _clientServices[type] = part;
                }
                else
                {
                    _legacyTypes.Add(type);
                }
            }

            StorageSharedKeyCredential = compilation.GetTypeByMetadataName("Azure.Storage.StorageSharedKeyCredential");
            TableSharedKeyCredential = compilation.GetTypeByMetadataName("Azure.Data.Tables.TableSharedKeyCredential");
            AzureSasCredential = compilation.GetTypeByMetadataName("Azure.AzureSasCredential");
            Uri = compilation.GetTypeByMetadataName("System.Uri");
            Identity = new AzureIdentitySymbols(compilation);
        }

        public INamedTypeSymbol? StorageSharedKeyCredential { get; }

        public INamedTypeSymbol? TableSharedKeyCredential { get; }

        public INamedTypeSymbol? AzureSasCredential { get; }

        public INamedTypeSymbol? Uri { get; }

        public AzureIdentitySymbols Identity { get; }

        /// <summary>The service (blob, queue, table, file, dfs) of a storage client type, or null.</summary>
        public string? ServiceOf(ITypeSymbol? type) =>
            type is INamedTypeSymbol named && _clientServices.TryGetValue(named.OriginalDefinition, out var service) ? service : null;

        public bool IsLegacy(ITypeSymbol? type) => type is INamedTypeSymbol named && _legacyTypes.Contains(named.OriginalDefinition);

        public bool IsKeyCredential(ITypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, StorageSharedKeyCredential)
                || SymbolEqualityComparer.Default.Equals(type, TableSharedKeyCredential));

        public bool IsSasCredential(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, AzureSasCredential);

        /// <summary>
        /// A Microsoft.Extensions.Azure registration such as <c>AddBlobServiceClient(string connectionString)</c>:
        /// returns the registered client's service.
        /// </summary>
        public string? ServiceOfRegistration(IMethodSymbol method) => ServiceOf(ClientRegistrations.RegisteredClient(method));

        public static string RoleForService(string? service) => service switch
        {
            "blob" or "dfs" => Roles.StorageBlobDataContributor.Name,
            "queue" => Roles.StorageQueueDataContributor.Name,
            "table" => Roles.StorageTableDataContributor.Name,
            "file" => Roles.StorageFileDataPrivilegedContributor.Name,
            _ => Roles.StorageBlobDataContributor.Name + " (or the Queue, Table or File data role of the service used)",
        };
    }
}
