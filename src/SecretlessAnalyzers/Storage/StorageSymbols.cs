using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Storage
{
    /// <summary>The storage SDK types of one compilation, looked up once and only when a candidate literal appears.</summary>
    public sealed class StorageSymbols
    {
        // Client types by the service whose data role they need.
        private static readonly (string MetadataName, string Service)[] ClientTypeNames =
        {
            ("Azure.Storage.Blobs.BlobServiceClient", "blob"),
            ("Azure.Storage.Blobs.BlobContainerClient", "blob"),
            ("Azure.Storage.Blobs.BlobClient", "blob"),
            ("Azure.Storage.Blobs.Specialized.BlockBlobClient", "blob"),
            ("Azure.Storage.Blobs.Specialized.AppendBlobClient", "blob"),
            ("Azure.Storage.Blobs.Specialized.PageBlobClient", "blob"),
            ("Azure.Storage.Blobs.Specialized.BlobBaseClient", "blob"),
            ("Azure.Storage.Queues.QueueServiceClient", "queue"),
            ("Azure.Storage.Queues.QueueClient", "queue"),
            ("Azure.Data.Tables.TableServiceClient", "table"),
            ("Azure.Data.Tables.TableClient", "table"),
            ("Azure.Storage.Files.Shares.ShareServiceClient", "file"),
            ("Azure.Storage.Files.Shares.ShareClient", "file"),
            ("Azure.Storage.Files.Shares.ShareDirectoryClient", "file"),
            ("Azure.Storage.Files.Shares.ShareFileClient", "file"),
            ("Azure.Storage.Files.DataLake.DataLakeServiceClient", "dfs"),
            ("Azure.Storage.Files.DataLake.DataLakeFileSystemClient", "dfs"),
            ("Azure.Storage.Files.DataLake.DataLakeDirectoryClient", "dfs"),
            ("Azure.Storage.Files.DataLake.DataLakeFileClient", "dfs"),
        };

        private static readonly string[] LegacyTypeNames =
        {
            "Microsoft.WindowsAzure.Storage.CloudStorageAccount",
            "Microsoft.WindowsAzure.Storage.Auth.StorageCredentials",
            "Microsoft.Azure.Storage.CloudStorageAccount",
            "Microsoft.Azure.Storage.Auth.StorageCredentials",
            "Microsoft.Azure.Cosmos.Table.CloudStorageAccount",
            "Microsoft.Azure.Cosmos.Table.StorageCredentials",
        };

        private readonly Dictionary<INamedTypeSymbol, string> _clientServices = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> _legacyTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

        public StorageSymbols(Compilation compilation)
        {
            foreach (var (name, service) in ClientTypeNames)
            {
                var type = compilation.GetTypeByMetadataName(name);
                if (type is not null)
                {
                    _clientServices[type] = service;
                }
            }

            foreach (var name in LegacyTypeNames)
            {
                var type = compilation.GetTypeByMetadataName(name);
                if (type is not null)
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
            "blob" or "dfs" => "Storage Blob Data Contributor",
            "queue" => "Storage Queue Data Contributor",
            "table" => "Storage Table Data Contributor",
            "file" => "Storage File Data Privileged Contributor",
            _ => "Storage Blob Data Contributor (or the Queue, Table or File data role of the service used)",
        };
    }
}
