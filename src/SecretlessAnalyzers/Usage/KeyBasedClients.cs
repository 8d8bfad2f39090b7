using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Cosmos;
using SecretlessAnalyzers.Credentials;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Storage;

namespace SecretlessAnalyzers.Usage
{
    /// <summary>An Azure client that SL2001 knows: its service and the data-plane role its usage-free default needs.</summary>
    public readonly struct KnownClient
    {
        public KnownClient(string service, string role, string? serviceKind)
        {
            Service = service;
            Role = role;
            ServiceKind = serviceKind;
        }

        /// <summary>Storage, Service Bus, Event Hubs, Cosmos DB or App Configuration.</summary>
        public string Service { get; }

        /// <summary>The role when nothing is known of what the code does with the client.</summary>
        public string Role { get; }

        /// <summary>The storage service (blob, queue...) or messaging client kind (<see cref="MessagingClients"/>).</summary>
        public string? ServiceKind { get; }
    }

    /// <summary>
    /// The client types and registrations SL2001 looks at, reusing the storage, messaging and Cosmos symbol tables.
    /// Built lazily, once per compilation, only when a file names one of <see cref="IdentifierNames"/>.
    /// </summary>
    public sealed class KeyBasedClients
    {
        /// <summary>Every name below contains this word: one text search per file finds them all.</summary>
        public const string SearchWord = "Client";

        /// <summary>Client type names (object creations) and Microsoft.Extensions.Azure registration names (invocations).</summary>
        public static ISet<string> IdentifierNames { get; } = new HashSet<string>(StringComparer.Ordinal)
        {
            "BlobServiceClient", "BlobContainerClient", "BlobClient", "BlockBlobClient", "AppendBlobClient", "PageBlobClient",
            "QueueServiceClient", "QueueClient", "TableServiceClient", "TableClient",
            "ShareServiceClient", "ShareClient", "ShareDirectoryClient", "ShareFileClient",
            "DataLakeServiceClient", "DataLakeFileSystemClient", "DataLakeDirectoryClient", "DataLakeFileClient",
            "ServiceBusClient", "ServiceBusAdministrationClient",
            "EventHubProducerClient", "EventHubBufferedProducerClient", "EventHubConsumerClient", "EventProcessorClient",
            "CosmosClient", "CosmosClientBuilder", "ConfigurationClient",
            "AddBlobServiceClient", "AddQueueServiceClient", "AddTableServiceClient", "AddFileServiceClient", "AddDataLakeServiceClient",
            "AddServiceBusClient", "AddServiceBusAdministrationClient", "AddEventHubProducerClient", "AddEventHubConsumerClient",
            "AddEventProcessorClient", "AddConfigurationClient",
        };

        // Parameter types that carry a key or SAS, by simple name (all in the Azure / Azure.Storage / Azure.Data.Tables namespaces).
        private static readonly Dictionary<string, string> CredentialKinds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AzureKeyCredential"] = "KeyCredential",
            ["AzureNamedKeyCredential"] = "NamedKeyCredential",
            ["AzureSasCredential"] = "SasCredential",
            ["StorageSharedKeyCredential"] = "SharedKeyCredential",
            ["TableSharedKeyCredential"] = "SharedKeyCredential",
        };

        /// <summary>The key credentials any Azure client may take: SL2001 searches files for their names (<see cref="CredentialOfAnyClient"/>).</summary>
        public static IReadOnlyList<string> KeyCredentialNames { get; } = new[] { "AzureKeyCredential", "AzureNamedKeyCredential", "AzureSasCredential" };

        private readonly StorageSymbols _storage;
        private readonly MessagingSymbols _messaging;
        private readonly CosmosSymbols _cosmos;

        public KeyBasedClients(Compilation compilation)
        {
            _storage = new StorageSymbols(compilation);
            _messaging = new MessagingSymbols(compilation);
            _cosmos = new CosmosSymbols(compilation);
            Identity = new AzureIdentitySymbols(compilation);
        }

        /// <summary><c>TokenCredential</c>: whether a key credential argument can be swapped for a token credential.</summary>
        public AzureIdentitySymbols Identity { get; }

        /// <summary>
        /// The secret kind of <c>Azure.AzureKeyCredential</c>, <c>Azure.AzureNamedKeyCredential</c> or
        /// <c>Azure.AzureSasCredential</c>, the credentials of every Azure client; null for any other type.
        /// </summary>
        public static string? CredentialOfAnyClient(ITypeSymbol? type) =>
            type is not null && type.ContainingNamespace?.ToDisplayString() == "Azure" && KeyCredentialNames.Contains(type.Name)
                ? CredentialKinds[type.Name]
                : null;

        /// <summary>True for the kinds a credential object carries (key, named key, SAS, shared key): the fix swaps the object.</summary>
        /// <summary><see cref="SecretKindOf"/> of a connection-string parameter: the <c>SecretKind</c> property the SL2001 fix reads.</summary>
        public const string ConnectionStringKind = "ConnectionString";

        /// <summary><see cref="SecretKindOf"/> of Cosmos DB's <c>authKeyOrResourceToken</c>.</summary>
        public const string AccountKeyKind = "AccountKey";

        public static bool IsCredentialKind(string kind) => kind is "KeyCredential" or "NamedKeyCredential" or "SasCredential" or "SharedKeyCredential";

        /// <summary>The client a type is, or null when SL2001 does not look at it.</summary>
        public KnownClient? Classify(ITypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            if (_storage.ServiceOf(type) is { } storageService)
            {
                return new KnownClient(Services.Storage.DisplayName, StorageSymbols.RoleForService(storageService), storageService);
            }

            if (_messaging.ClientOf(type) is { } messagingClient)
            {
                return new KnownClient(MessagingClients.ServiceDisplayName(messagingClient), MessagingClients.RoleFor(messagingClient), messagingClient);
            }

            if (_cosmos.IsClient(type))
            {
                return new KnownClient(Services.CosmosDb.DisplayName, CosmosSymbols.ContributorRole, null);
            }

            return type is INamedTypeSymbol named && ClientRoles.UsageDependentService(named) == Services.AppConfiguration.DisplayName
                ? new KnownClient(Services.AppConfiguration.DisplayName, ClientRoles.For(named), null)
                : null;
        }

        /// <summary>
        /// The secret kind a parameter carries: a <c>string connectionString</c>, Cosmos <c>authKeyOrResourceToken</c>,
        /// or a key / SAS credential; null for any other parameter.
        /// </summary>
        public static string? SecretKindOf(IParameterSymbol parameter)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                return parameter.Name switch
                {
                    "connectionString" => ConnectionStringKind,
                    "authKeyOrResourceToken" => AccountKeyKind,
                    _ => null,
                };
            }

            var ns = parameter.Type.ContainingNamespace?.ToDisplayString();
            return ns is not null && ns.StartsWith("Azure", StringComparison.Ordinal) && CredentialKinds.TryGetValue(parameter.Type.Name, out var kind)
                ? kind
                : null;
        }

        public static string DisplayKind(string kind) => kind switch
        {
            ConnectionStringKind => "a connection string",
            AccountKeyKind => "an account key",
            "KeyCredential" => "an AzureKeyCredential",
            "NamedKeyCredential" => "an AzureNamedKeyCredential",
            "SasCredential" => "an AzureSasCredential",
            "SharedKeyCredential" => "a shared key credential",
            _ => "a key",
        };
    }
}
