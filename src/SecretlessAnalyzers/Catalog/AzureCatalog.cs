#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>The stable ids of <see cref="Services"/> (the <c>ServiceId</c> diagnostic property).</summary>
    public static class ServiceIds
    {
        public const string Storage = "Storage";
        public const string ServiceBus = "ServiceBus";
        public const string EventHubs = "EventHubs";
        public const string Relay = "Relay";
        public const string Messaging = "Messaging";
        public const string CosmosDb = "CosmosDb";
        public const string AzureSql = "AzureSql";
        public const string PostgreSql = "PostgreSql";
        public const string MySql = "MySql";
        public const string Redis = "Redis";
        public const string AppConfiguration = "AppConfiguration";
        public const string KeyVault = "KeyVault";
        public const string Search = "Search";
        public const string EventGrid = "EventGrid";
        public const string SignalR = "SignalR";
        public const string WebPubSub = "WebPubSub";
        public const string OpenAI = "OpenAI";
        public const string AIServices = "AIServices";
        public const string Maps = "Maps";
        public const string Communication = "Communication";
        public const string EntraApplication = "EntraApplication";
    }

    /// <summary>The parts of a resource a role can be granted on, as paths below the resource's ARM id.</summary>
    public static class ResourceScopes
    {
        public static readonly ResourceScope BlobContainer = new ResourceScope("container", "blobServices/default/containers/");
        public static readonly ResourceScope CosmosDatabase = new ResourceScope("database", "dbs/");
        public static readonly ResourceScope Database = new ResourceScope("database", "databases/");
        public static readonly ResourceScope EventHub = new ResourceScope("eventhub", "eventhubs/");
        public static readonly ResourceScope FileShare = new ResourceScope("share", "fileServices/default/fileshares/");
        public static readonly ResourceScope HybridConnection = new ResourceScope("hybridconnection", "hybridConnections/");
        public static readonly ResourceScope Queue = new ResourceScope("queue", "queueServices/default/queues/");
        public static readonly ResourceScope SearchIndex = new ResourceScope("index", "indexes/");
        public static readonly ResourceScope ServiceBusEntity = new ResourceScope("entity", "entities/");
        public static readonly ResourceScope Table = new ResourceScope("table", "tableServices/default/tables/");
    }

    /// <summary>
    /// Every Azure service the rules know: its one display name, endpoints, token scope, the switch that ends key access,
    /// ARM resource type and scopes, grant kind and SDK client types. A new service goes here (and in <see cref="AzureCatalog.AllServices"/>).
    /// </summary>
    public static class Services
    {
        public static readonly AzureService Storage = new AzureService(
            ServiceIds.Storage,
            "Storage",
            "Storage account",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.Storage/storageAccounts",
            "https://storage.azure.com/.default",
            "allowSharedKeyAccess: false",
            Roles.StorageBlobDataContributor.Id,
            new[] { new ServiceEndpoint("blob", "https://{name}.blob.core.windows.net"), new ServiceEndpoint("queue", "https://{name}.queue.core.windows.net"), new ServiceEndpoint("table", "https://{name}.table.core.windows.net"), new ServiceEndpoint("file", "https://{name}.file.core.windows.net"), new ServiceEndpoint("dfs", "https://{name}.dfs.core.windows.net") },
            new[] { ResourceScopes.BlobContainer, ResourceScopes.Queue, ResourceScopes.Table, ResourceScopes.FileShare },
            new[] { new ClientType("Azure.Storage.Blobs.BlobServiceClient", "blob"), new ClientType("Azure.Storage.Blobs.BlobContainerClient", "blob"), new ClientType("Azure.Storage.Blobs.BlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.BlockBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.AppendBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.PageBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.BlobBaseClient", "blob"), new ClientType("Azure.Storage.Queues.QueueServiceClient", "queue"), new ClientType("Azure.Storage.Queues.QueueClient", "queue"), new ClientType("Azure.Data.Tables.TableServiceClient", "table"), new ClientType("Azure.Data.Tables.TableClient", "table"), new ClientType("Azure.Storage.Files.Shares.ShareServiceClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareDirectoryClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareFileClient", "file"), new ClientType("Azure.Storage.Files.DataLake.DataLakeServiceClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeFileSystemClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeDirectoryClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeFileClient", "dfs"), new ClientType("Microsoft.WindowsAzure.Storage.CloudStorageAccount", null), new ClientType("Microsoft.WindowsAzure.Storage.Auth.StorageCredentials", null), new ClientType("Microsoft.Azure.Storage.CloudStorageAccount", null), new ClientType("Microsoft.Azure.Storage.Auth.StorageCredentials", null), new ClientType("Microsoft.Azure.Cosmos.Table.CloudStorageAccount", null), new ClientType("Microsoft.Azure.Cosmos.Table.StorageCredentials", null) },
            new[] { "Azure.Storage", "Azure.Data.Tables" });

        public static readonly AzureService ServiceBus = new AzureService(
            ServiceIds.ServiceBus,
            "Service Bus",
            "Service Bus namespace",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.ServiceBus/namespaces",
            "https://servicebus.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net") },
            new[] { ResourceScopes.ServiceBusEntity },
            new[] { new ClientType("Azure.Messaging.ServiceBus.ServiceBusClient", "ServiceBus"), new ClientType("Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient", "ServiceBusAdministration") },
            new[] { "Azure.Messaging.ServiceBus", "Microsoft.Azure.ServiceBus" });

        public static readonly AzureService EventHubs = new AzureService(
            ServiceIds.EventHubs,
            "Event Hubs",
            "Event Hubs namespace",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.EventHub/namespaces",
            "https://eventhubs.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net") },
            new[] { ResourceScopes.EventHub },
            new[] { new ClientType("Azure.Messaging.EventHubs.Producer.EventHubProducerClient", "EventHubProducer"), new ClientType("Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClient", "EventHubProducer"), new ClientType("Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient", "EventHubConsumer"), new ClientType("Azure.Messaging.EventHubs.EventProcessorClient", "EventProcessor") },
            new[] { "Azure.Messaging.EventHubs", "Microsoft.Azure.EventHubs" });

        public static readonly AzureService Relay = new AzureService(
            ServiceIds.Relay,
            "Relay",
            "Relay namespace",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.Relay/namespaces",
            "https://relay.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net") },
            new[] { ResourceScopes.HybridConnection },
            Array.Empty<ClientType>(),
            new[] { "Microsoft.Azure.Relay" });

        public static readonly AzureService Messaging = new AzureService(
            ServiceIds.Messaging,
            "Service Bus / Event Hubs / Relay",
            "Service Bus / Event Hubs / Relay namespace",
            GrantKind.AzureRbacRoleAssignment,
            null,
            "https://servicebus.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net") },
            Array.Empty<ResourceScope>(),
            Array.Empty<ClientType>(),
            new[] { "Microsoft.ServiceBus" });

        public static readonly AzureService CosmosDb = new AzureService(
            ServiceIds.CosmosDb,
            "Cosmos DB",
            "Cosmos DB account",
            GrantKind.CosmosDataPlaneRoleAssignment,
            "Microsoft.DocumentDB/databaseAccounts",
            "https://{name}.documents.azure.com/.default",
            "disableLocalAuth: true",
            Roles.CosmosDataContributor.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.documents.azure.com:443/") },
            new[] { ResourceScopes.CosmosDatabase },
            new[] { new ClientType("Microsoft.Azure.Cosmos.CosmosClient", null), new ClientType("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", null), new ClientType("Microsoft.Azure.Documents.Client.DocumentClient", null) },
            new[] { "Microsoft.Azure.Cosmos", "Microsoft.Azure.Documents" });

        public static readonly AzureService AzureSql = new AzureService(
            ServiceIds.AzureSql,
            "Azure SQL",
            "Azure SQL server",
            GrantKind.SqlContainedUser,
            "Microsoft.Sql/servers",
            "https://database.windows.net/.default",
            "administrators.azureADOnlyAuthentication: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.database.windows.net") },
            new[] { ResourceScopes.Database },
            new[] { new ClientType("Microsoft.Data.SqlClient.SqlConnection", null), new ClientType("Microsoft.Data.SqlClient.SqlConnectionStringBuilder", null), new ClientType("System.Data.SqlClient.SqlConnection", null), new ClientType("System.Data.SqlClient.SqlConnectionStringBuilder", null) },
            new[] { "Microsoft.Data.SqlClient", "System.Data.SqlClient" });

        public static readonly AzureService PostgreSql = new AzureService(
            ServiceIds.PostgreSql,
            "Azure Database for PostgreSQL",
            "Azure Database for PostgreSQL server",
            GrantKind.PostgreSqlEntraPrincipal,
            "Microsoft.DBforPostgreSQL/flexibleServers",
            "https://ossrdbms-aad.database.windows.net/.default",
            "authConfig.passwordAuth: Disabled",
            Roles.PostgreSqlPrincipal.Id,
            new[] { new ServiceEndpoint(null, "{name}.postgres.database.azure.com") },
            new[] { ResourceScopes.Database },
            new[] { new ClientType("Npgsql.NpgsqlConnection", null), new ClientType("Npgsql.NpgsqlConnectionStringBuilder", null), new ClientType("Npgsql.NpgsqlDataSourceBuilder", null), new ClientType("Npgsql.NpgsqlSlimDataSourceBuilder", null), new ClientType("Npgsql.NpgsqlDataSource", null) },
            new[] { "Npgsql" });

        public static readonly AzureService MySql = new AzureService(
            ServiceIds.MySql,
            "Azure Database for MySQL",
            "Azure Database for MySQL server",
            GrantKind.MySqlEntraPrincipal,
            "Microsoft.DBforMySQL/flexibleServers",
            "https://ossrdbms-aad.database.windows.net/.default",
            "aad_auth_only: ON",
            Roles.MySqlPrincipal.Id,
            new[] { new ServiceEndpoint(null, "{name}.mysql.database.azure.com") },
            new[] { ResourceScopes.Database },
            new[] { new ClientType("MySqlConnector.MySqlConnection", null), new ClientType("MySqlConnector.MySqlConnectionStringBuilder", null), new ClientType("MySqlConnector.MySqlDataSource", null), new ClientType("MySqlConnector.MySqlDataSourceBuilder", null), new ClientType("MySql.Data.MySqlClient.MySqlConnection", null), new ClientType("MySql.Data.MySqlClient.MySqlConnectionStringBuilder", null) },
            new[] { "MySqlConnector", "MySql.Data.MySqlClient" });

        public static readonly AzureService Redis = new AzureService(
            ServiceIds.Redis,
            "Azure Cache for Redis",
            "Azure Cache for Redis",
            GrantKind.RedisAccessPolicyAssignment,
            "Microsoft.Cache/redis",
            "https://redis.azure.com/.default",
            "disableAccessKeyAuthentication: true",
            Roles.RedisDataContributor.Id,
            new[] { new ServiceEndpoint(null, "{name}.redis.cache.windows.net:6380") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("StackExchange.Redis.ConnectionMultiplexer", null), new ClientType("StackExchange.Redis.ConfigurationOptions", null), new ClientType("StackExchange.Redis.AzureCacheForRedis", null) },
            new[] { "StackExchange.Redis" });

        public static readonly AzureService AppConfiguration = new AzureService(
            ServiceIds.AppConfiguration,
            "App Configuration",
            "App Configuration store",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.AppConfiguration/configurationStores",
            "https://azconfig.io/.default",
            "disableLocalAuth: true",
            Roles.AppConfigurationDataReader.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.azconfig.io") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Data.AppConfiguration.ConfigurationClient", null), new ClientType("Microsoft.Extensions.Configuration.AzureAppConfigurationExtensions", null), new ClientType("Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions", null) },
            new[] { "Azure.Data.AppConfiguration" });

        public static readonly AzureService KeyVault = new AzureService(
            ServiceIds.KeyVault,
            "Key Vault",
            "Key vault",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.KeyVault/vaults",
            "https://vault.azure.net/.default",
            "enableRbacAuthorization: true",
            Roles.KeyVaultSecretsUser.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.vault.azure.net") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Security.KeyVault.Secrets.SecretClient", null) },
            new[] { "Azure.Security.KeyVault" });

        public static readonly AzureService Search = new AzureService(
            ServiceIds.Search,
            "Azure AI Search",
            "Azure AI Search service",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.Search/searchServices",
            "https://search.azure.com/.default",
            "disableLocalAuth: true",
            Roles.SearchIndexDataReader.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.search.windows.net") },
            new[] { ResourceScopes.SearchIndex },
            new[] { new ClientType("Azure.Search.Documents.SearchClient", "index"), new ClientType("Azure.Search.Documents.Indexes.SearchIndexClient", "service"), new ClientType("Azure.Search.Documents.Indexes.SearchIndexerClient", "service") },
            new[] { "Azure.Search.Documents" });

        public static readonly AzureService EventGrid = new AzureService(
            ServiceIds.EventGrid,
            "Event Grid",
            "Event Grid topic",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.EventGrid/topics",
            "https://eventgrid.azure.net/.default",
            "disableLocalAuth: true",
            Roles.EventGridDataSender.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.{region}-1.eventgrid.azure.net/api/events") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Messaging.EventGrid.EventGridPublisherClient", null) },
            new[] { "Azure.Messaging.EventGrid" });

        public static readonly AzureService SignalR = new AzureService(
            ServiceIds.SignalR,
            "SignalR Service",
            "SignalR Service",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.SignalRService/SignalR",
            "https://signalr.azure.com/.default",
            "disableLocalAuth: true",
            Roles.SignalRAppServer.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.service.signalr.net") },
            Array.Empty<ResourceScope>(),
            Array.Empty<ClientType>(),
            new[] { "Microsoft.Azure.SignalR" });

        public static readonly AzureService WebPubSub = new AzureService(
            ServiceIds.WebPubSub,
            "Web PubSub",
            "Web PubSub service",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.SignalRService/WebPubSub",
            "https://webpubsub.azure.com/.default",
            "disableLocalAuth: true",
            Roles.WebPubSubServiceOwner.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.webpubsub.azure.com") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Messaging.WebPubSub.WebPubSubServiceClient", null) },
            new[] { "Azure.Messaging.WebPubSub" });

        public static readonly AzureService OpenAI = new AzureService(
            ServiceIds.OpenAI,
            "Azure OpenAI",
            "Azure OpenAI account",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.CognitiveServices/accounts",
            "https://cognitiveservices.azure.com/.default",
            "disableLocalAuth: true",
            Roles.CognitiveServicesOpenAIUser.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.openai.azure.com") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.AI.OpenAI.AzureOpenAIClient", null) },
            new[] { "Azure.AI.OpenAI" });

        public static readonly AzureService AIServices = new AzureService(
            ServiceIds.AIServices,
            "Azure AI services",
            "Azure AI services account",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.CognitiveServices/accounts",
            "https://cognitiveservices.azure.com/.default",
            "disableLocalAuth: true",
            Roles.CognitiveServicesUser.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.cognitiveservices.azure.com") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.AI.TextAnalytics.TextAnalyticsClient", null), new ClientType("Azure.AI.DocumentIntelligence.DocumentIntelligenceClient", null) },
            new[] { "Azure.AI" });

        public static readonly AzureService Maps = new AzureService(
            ServiceIds.Maps,
            "Azure Maps",
            "Azure Maps account",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.Maps/accounts",
            "https://atlas.microsoft.com/.default",
            "disableLocalAuth: true",
            Roles.AzureMapsDataReader.Id,
            new[] { new ServiceEndpoint(null, "https://atlas.microsoft.com") },
            Array.Empty<ResourceScope>(),
            Array.Empty<ClientType>(),
            new[] { "Azure.Maps" });

        public static readonly AzureService Communication = new AzureService(
            ServiceIds.Communication,
            "Communication Services",
            "Communication Services resource",
            GrantKind.AzureRbacRoleAssignment,
            "Microsoft.Communication/communicationServices",
            "https://communication.azure.com/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "https://{name}.communication.azure.com") },
            Array.Empty<ResourceScope>(),
            Array.Empty<ClientType>(),
            new[] { "Azure.Communication" });

        public static readonly AzureService EntraApplication = new AzureService(
            ServiceIds.EntraApplication,
            "Microsoft Entra app registration",
            "Microsoft Entra application",
            GrantKind.EntraAppRoleCarryOver,
            null,
            null,
            "remove the client secret (passwordCredentials) of the app registration",
            null,
            new[] { new ServiceEndpoint(null, "https://login.microsoftonline.com/{name}") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Identity.ClientSecretCredential", null), new ClientType("Azure.Identity.ClientCertificateCredential", null), new ClientType("Azure.Identity.OnBehalfOfCredential", null), new ClientType("Azure.Identity.AuthorizationCodeCredential", null), new ClientType("Azure.Identity.UsernamePasswordCredential", null), new ClientType("Microsoft.Identity.Client.ConfidentialClientApplicationBuilder", null) },
            new[] { "Azure.Identity", "Microsoft.Identity.Client" });
    }

    /// <summary>
    /// Every role the rules, messages, docs and the report name. Role definition ids (GUIDs) of Azure RBAC roles are
    /// taken from the Azure built-in roles documentation (learn.microsoft.com/azure/role-based-access-control/built-in-roles,
    /// source MicrosoftDocs/azure-docs articles/role-based-access-control/built-in-roles.md, 2026-04-09); the Cosmos DB
    /// built-in data roles from "Azure Cosmos DB for NoSQL data plane built-in role reference"
    /// (learn.microsoft.com/azure/cosmos-db/nosql/security/reference-data-plane-roles); Redis access policies from
    /// learn.microsoft.com/azure/azure-cache-for-redis/cache-configure-role-based-access-control. A new role goes here (and in <see cref="AzureCatalog.AllRoles"/>).
    /// </summary>
    public static class Roles
    {
        // A PostgreSQL or MySQL principal with its table privileges: "PostgreSQL Entra principal (GRANT SELECT)".
        private static AzureRole Principal(string id, string principal, string serviceId, string privileges, int rank, params string[] covers) =>
            new AzureRole(id, principal + " (GRANT " + privileges + ")", serviceId, null, rank, null, covers) { Privileges = privileges };


        // Storage: blob containers (and Data Lake file systems), queues, tables, file shares.
        public static readonly AzureRole StorageBlobDataReader = new AzureRole("StorageBlobDataReader", "Storage Blob Data Reader", ServiceIds.Storage, "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", 1, "blob");
        public static readonly AzureRole StorageBlobDataContributor = new AzureRole("StorageBlobDataContributor", "Storage Blob Data Contributor", ServiceIds.Storage, "ba92f5b4-2d11-453d-a403-e96b0029c9fe", 2, "blob", "StorageBlobDataReader");
        public static readonly AzureRole StorageBlobDataOwner = new AzureRole("StorageBlobDataOwner", "Storage Blob Data Owner", ServiceIds.Storage, "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", 3, "blob", "StorageBlobDataContributor");
        public static readonly AzureRole StorageQueueDataReader = new AzureRole("StorageQueueDataReader", "Storage Queue Data Reader", ServiceIds.Storage, "19e7f393-937e-4f77-808e-94535e297925", 1, "queue");
        public static readonly AzureRole StorageQueueDataMessageSender = new AzureRole("StorageQueueDataMessageSender", "Storage Queue Data Message Sender", ServiceIds.Storage, "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", 1, "queue");
        public static readonly AzureRole StorageQueueDataMessageProcessor = new AzureRole("StorageQueueDataMessageProcessor", "Storage Queue Data Message Processor", ServiceIds.Storage, "8a0f0c08-91a1-4084-bc3d-661d67233fed", 1, "queue");
        public static readonly AzureRole StorageQueueDataContributor = new AzureRole("StorageQueueDataContributor", "Storage Queue Data Contributor", ServiceIds.Storage, "974c5e8b-45b9-4653-ba55-5f855dd0fb88", 2, "queue", "StorageQueueDataReader", "StorageQueueDataMessageSender", "StorageQueueDataMessageProcessor");
        public static readonly AzureRole StorageTableDataReader = new AzureRole("StorageTableDataReader", "Storage Table Data Reader", ServiceIds.Storage, "76199698-9eea-4c19-bc75-cec21354c6b6", 1, "table");
        public static readonly AzureRole StorageTableDataContributor = new AzureRole("StorageTableDataContributor", "Storage Table Data Contributor", ServiceIds.Storage, "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", 2, "table", "StorageTableDataReader");
        public static readonly AzureRole StorageFileDataPrivilegedReader = new AzureRole("StorageFileDataPrivilegedReader", "Storage File Data Privileged Reader", ServiceIds.Storage, "b8eda974-7b85-4f76-af95-65846b26df6d", 1, "file");
        public static readonly AzureRole StorageFileDataPrivilegedContributor = new AzureRole("StorageFileDataPrivilegedContributor", "Storage File Data Privileged Contributor", ServiceIds.Storage, "69566ab7-960f-475b-8e7c-b3118f30c6bd", 2, "file", "StorageFileDataPrivilegedReader");

        // Messaging.
        public static readonly AzureRole ServiceBusDataSender = new AzureRole("ServiceBusDataSender", "Azure Service Bus Data Sender", ServiceIds.ServiceBus, "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", 1, null);
        public static readonly AzureRole ServiceBusDataReceiver = new AzureRole("ServiceBusDataReceiver", "Azure Service Bus Data Receiver", ServiceIds.ServiceBus, "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", 1, null);
        public static readonly AzureRole ServiceBusDataOwner = new AzureRole("ServiceBusDataOwner", "Azure Service Bus Data Owner", ServiceIds.ServiceBus, "090c5cfd-751d-490a-894a-3ce6f1109419", 2, null, "ServiceBusDataSender", "ServiceBusDataReceiver");
        public static readonly AzureRole EventHubsDataSender = new AzureRole("EventHubsDataSender", "Azure Event Hubs Data Sender", ServiceIds.EventHubs, "2b629674-e913-4c01-ae53-ef4638d8f975", 1, null);
        public static readonly AzureRole EventHubsDataReceiver = new AzureRole("EventHubsDataReceiver", "Azure Event Hubs Data Receiver", ServiceIds.EventHubs, "a638d3c7-ab3a-418d-83e6-5f17a39d4fde", 1, null);
        public static readonly AzureRole EventHubsDataOwner = new AzureRole("EventHubsDataOwner", "Azure Event Hubs Data Owner", ServiceIds.EventHubs, "f526a384-b230-433a-b45c-95f59c4a2dec", 2, null, "EventHubsDataSender", "EventHubsDataReceiver");
        public static readonly AzureRole RelaySender = new AzureRole("RelaySender", "Azure Relay Sender", ServiceIds.Relay, "26baccc8-eea7-41f1-98f4-1762cc7f685d", 1, null);
        public static readonly AzureRole RelayListener = new AzureRole("RelayListener", "Azure Relay Listener", ServiceIds.Relay, "26e0b698-aa6d-4085-9386-aadae190014d", 1, null);
        public static readonly AzureRole RelayOwner = new AzureRole("RelayOwner", "Azure Relay Owner", ServiceIds.Relay, "2787bf04-f1f5-4bfe-8383-c8a24483ee38", 2, null, "RelaySender", "RelayListener");

        // Cosmos DB (NoSQL) built-in data-plane roles: their ids are the same in every account (sqlRoleDefinitions/<id>).
        public static readonly AzureRole CosmosDataReader = new AzureRole("CosmosDataReader", "Cosmos DB Built-in Data Reader", ServiceIds.CosmosDb, "00000000-0000-0000-0000-000000000001", 1, null);
        public static readonly AzureRole CosmosDataContributor = new AzureRole("CosmosDataContributor", "Cosmos DB Built-in Data Contributor", ServiceIds.CosmosDb, "00000000-0000-0000-0000-000000000002", 2, null, "CosmosDataReader");

        // Azure SQL fixed database roles (T-SQL, no GUID). db_datawriter does not read: writers need both.
        public static readonly AzureRole SqlDataReader = new AzureRole("SqlDataReader", "db_datareader", ServiceIds.AzureSql, null, 1, null);
        public static readonly AzureRole SqlDataWriter = new AzureRole("SqlDataWriter", "db_datawriter", ServiceIds.AzureSql, null, 1, null);
        public static readonly AzureRole SqlDdlAdmin = new AzureRole("SqlDdlAdmin", "db_ddladmin", ServiceIds.AzureSql, null, 1, null);

        // PostgreSQL / MySQL: an Entra principal (user) and its GRANTs on the tables. No GUID.
        private const string PostgreSqlPrincipalName = "PostgreSQL Entra principal";
        private const string MySqlPrincipalName = "MySQL Entra user";
        private const string ReadPrivileges = "SELECT";
        private const string WritePrivileges = ReadPrivileges + ", INSERT, UPDATE, DELETE";
        private const string SchemaPrivileges = WritePrivileges + ", CREATE";

        public static readonly AzureRole PostgreSqlPrincipal = new AzureRole("PostgreSqlPrincipal", PostgreSqlPrincipalName, ServiceIds.PostgreSql, null, 0, null);
        public static readonly AzureRole PostgreSqlSelect = Principal("PostgreSqlSelect", PostgreSqlPrincipalName, ServiceIds.PostgreSql, ReadPrivileges, 1);
        public static readonly AzureRole PostgreSqlReadWrite = Principal("PostgreSqlReadWrite", PostgreSqlPrincipalName, ServiceIds.PostgreSql, WritePrivileges, 2, "PostgreSqlSelect");
        public static readonly AzureRole PostgreSqlReadWriteCreate = Principal("PostgreSqlReadWriteCreate", PostgreSqlPrincipalName, ServiceIds.PostgreSql, SchemaPrivileges, 3, "PostgreSqlReadWrite");
        public static readonly AzureRole MySqlPrincipal = new AzureRole("MySqlPrincipal", MySqlPrincipalName, ServiceIds.MySql, null, 0, null);
        public static readonly AzureRole MySqlSelect = Principal("MySqlSelect", MySqlPrincipalName, ServiceIds.MySql, ReadPrivileges, 1);
        public static readonly AzureRole MySqlReadWrite = Principal("MySqlReadWrite", MySqlPrincipalName, ServiceIds.MySql, WritePrivileges, 2, "MySqlSelect");
        public static readonly AzureRole MySqlReadWriteCreate = Principal("MySqlReadWriteCreate", MySqlPrincipalName, ServiceIds.MySql, SchemaPrivileges, 3, "MySqlReadWrite");

        // Azure Cache for Redis built-in data access policies (granted by name).
        public static readonly AzureRole RedisDataReader = new AzureRole("RedisDataReader", "Data Reader", ServiceIds.Redis, null, 1, null);
        public static readonly AzureRole RedisDataContributor = new AzureRole("RedisDataContributor", "Data Contributor", ServiceIds.Redis, null, 2, null, "RedisDataReader");
        public static readonly AzureRole RedisDataOwner = new AzureRole("RedisDataOwner", "Data Owner", ServiceIds.Redis, null, 3, null, "RedisDataContributor");

        // Other Azure RBAC data roles.
        public static readonly AzureRole AppConfigurationDataReader = new AzureRole("AppConfigurationDataReader", "App Configuration Data Reader", ServiceIds.AppConfiguration, "516239f1-63e1-4d78-a4de-a74fb236a071", 1, null);
        public static readonly AzureRole AppConfigurationDataOwner = new AzureRole("AppConfigurationDataOwner", "App Configuration Data Owner", ServiceIds.AppConfiguration, "5ae67dd6-50cb-40e7-96ff-dc2bfa4b606b", 2, null, "AppConfigurationDataReader");
        public static readonly AzureRole KeyVaultSecretsUser = new AzureRole("KeyVaultSecretsUser", "Key Vault Secrets User", ServiceIds.KeyVault, "4633458b-17de-408a-b874-0445c86b69e6", 1, null);
        public static readonly AzureRole KeyVaultSecretsOfficer = new AzureRole("KeyVaultSecretsOfficer", "Key Vault Secrets Officer", ServiceIds.KeyVault, "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", 2, null, "KeyVaultSecretsUser");
        public static readonly AzureRole SearchIndexDataReader = new AzureRole("SearchIndexDataReader", "Search Index Data Reader", ServiceIds.Search, "1407120a-92aa-4202-b7e9-c0e197c71c8f", 1, "index");
        public static readonly AzureRole SearchIndexDataContributor = new AzureRole("SearchIndexDataContributor", "Search Index Data Contributor", ServiceIds.Search, "8ebe5a00-799e-43f5-93ac-243d3dce84a7", 2, "index", "SearchIndexDataReader");
        public static readonly AzureRole SearchServiceContributor = new AzureRole("SearchServiceContributor", "Search Service Contributor", ServiceIds.Search, "7ca78c08-252a-4471-8644-bb5ff32d4ba0", 1, "service");
        public static readonly AzureRole EventGridDataSender = new AzureRole("EventGridDataSender", "EventGrid Data Sender", ServiceIds.EventGrid, "d5a91429-5739-47e2-a06b-3470a27159e7", 1, null);
        public static readonly AzureRole SignalRAppServer = new AzureRole("SignalRAppServer", "SignalR App Server", ServiceIds.SignalR, "420fcaa2-552c-430f-98ca-3264be4806c7", 1, null);
        public static readonly AzureRole WebPubSubServiceOwner = new AzureRole("WebPubSubServiceOwner", "Web PubSub Service Owner", ServiceIds.WebPubSub, "12cf5a90-567b-43ae-8102-96cf46c7d9b4", 1, null);
        public static readonly AzureRole CognitiveServicesOpenAIUser = new AzureRole("CognitiveServicesOpenAIUser", "Cognitive Services OpenAI User", ServiceIds.OpenAI, "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", 1, null);
        public static readonly AzureRole CognitiveServicesUser = new AzureRole("CognitiveServicesUser", "Cognitive Services User", ServiceIds.AIServices, "a97b65f3-24c7-4388-baec-2e87135dc908", 1, null);
        public static readonly AzureRole AzureMapsDataReader = new AzureRole("AzureMapsDataReader", "Azure Maps Data Reader", ServiceIds.Maps, "423170ca-a8f6-4b0f-8487-9e4eb8f49bfa", 1, null);
    }

    /// <summary>Look-ups and queries over <see cref="Services"/> and <see cref="Roles"/>.</summary>
    public static class AzureCatalog
    {
        public static IReadOnlyList<AzureService> AllServices { get; } = new[]
        {
            Services.Storage, Services.ServiceBus, Services.EventHubs, Services.Relay, Services.Messaging, Services.CosmosDb, Services.AzureSql, Services.PostgreSql, Services.MySql, Services.Redis, Services.AppConfiguration, Services.KeyVault, Services.Search, Services.EventGrid, Services.SignalR, Services.WebPubSub, Services.OpenAI, Services.AIServices, Services.Maps, Services.Communication, Services.EntraApplication,
        };

        public static IReadOnlyList<AzureRole> AllRoles { get; } = new[]
        {
            Roles.StorageBlobDataReader, Roles.StorageBlobDataContributor, Roles.StorageBlobDataOwner, Roles.StorageQueueDataReader, Roles.StorageQueueDataMessageSender, Roles.StorageQueueDataMessageProcessor, Roles.StorageQueueDataContributor, Roles.StorageTableDataReader, Roles.StorageTableDataContributor, Roles.StorageFileDataPrivilegedReader, Roles.StorageFileDataPrivilegedContributor, Roles.ServiceBusDataSender, Roles.ServiceBusDataReceiver, Roles.ServiceBusDataOwner, Roles.EventHubsDataSender, Roles.EventHubsDataReceiver, Roles.EventHubsDataOwner, Roles.RelaySender, Roles.RelayListener, Roles.RelayOwner, Roles.CosmosDataReader, Roles.CosmosDataContributor, Roles.SqlDataReader, Roles.SqlDataWriter, Roles.SqlDdlAdmin, Roles.PostgreSqlPrincipal, Roles.PostgreSqlSelect, Roles.PostgreSqlReadWrite, Roles.PostgreSqlReadWriteCreate, Roles.MySqlPrincipal, Roles.MySqlSelect, Roles.MySqlReadWrite, Roles.MySqlReadWriteCreate, Roles.RedisDataReader, Roles.RedisDataContributor, Roles.RedisDataOwner, Roles.AppConfigurationDataReader, Roles.AppConfigurationDataOwner, Roles.KeyVaultSecretsUser, Roles.KeyVaultSecretsOfficer, Roles.SearchIndexDataReader, Roles.SearchIndexDataContributor, Roles.SearchServiceContributor, Roles.EventGridDataSender, Roles.SignalRAppServer, Roles.WebPubSubServiceOwner, Roles.CognitiveServicesOpenAIUser, Roles.CognitiveServicesUser, Roles.AzureMapsDataReader,
        };

        private static readonly Dictionary<string, AzureService> ServicesById = Index(AllServices, service => service.Id);
        private static readonly Dictionary<string, AzureService> ServicesByName = Index(AllServices, service => service.DisplayName);
        private static readonly Dictionary<string, AzureRole> RolesById = Index(AllRoles, role => role.Id);
        private static readonly Dictionary<string, AzureRole> RolesByName = Index(AllRoles, role => role.Name);
        private static readonly Dictionary<string, (AzureService Service, ClientType Client)> ClientsByName = IndexClients();

        // The service of each identifiable key format (the SecretKind of SL1010 and SL1020) that belongs to one.
        private static readonly Dictionary<string, AzureService> SecretKindServices =
            new Dictionary<string, AzureService>(StringComparer.Ordinal)
            {
                ["AzureStorageAccountKey"] = Services.Storage,
                ["AzureCosmosDBKey"] = Services.CosmosDb,
                ["AzureServiceBusKey"] = Services.ServiceBus,
                ["AzureEventHubsKey"] = Services.EventHubs,
                ["AzureRelayKey"] = Services.Relay,
                ["ServiceBusSasToken"] = Services.Messaging,
                ["AzureCacheForRedisKey"] = Services.Redis,
                ["AzureAppConfigurationKey"] = Services.AppConfiguration,
                ["AzureEventGridKey"] = Services.EventGrid,
                ["AzureSearchKey"] = Services.Search,
                ["AzureOpenAIKey"] = Services.OpenAI,
                ["AzureAIServicesKey"] = Services.AIServices,
                ["AzureMapsKey"] = Services.Maps,
                ["AzureCommunicationServicesKey"] = Services.Communication,
                ["EntraClientSecret"] = Services.EntraApplication,
            };

        /// <summary>The service a secret kind (<c>AzureStorageAccountKey</c>, <c>EntraClientSecret</c>...) unlocks; null for kinds of no catalog service.</summary>
        public static AzureService? ServiceOfSecretKind(string? kind) => kind is not null && SecretKindServices.TryGetValue(kind, out var service) ? service : null;

        public static AzureService? Service(string? id) => id is not null && ServicesById.TryGetValue(id, out var service) ? service : null;

        /// <summary>The service whose <see cref="AzureService.DisplayName"/> is <paramref name="displayName"/>.</summary>
        public static AzureService? ServiceNamed(string? displayName) =>
            displayName is not null && ServicesByName.TryGetValue(displayName, out var service) ? service : null;

        public static AzureRole? Role(string? id) => id is not null && RolesById.TryGetValue(id, out var role) ? role : null;

        /// <summary>The role Azure (or the database) calls <paramref name="name"/>, e.g. <c>Storage Blob Data Reader</c>.</summary>
        public static AzureRole? RoleNamed(string? name) => name is not null && RolesByName.TryGetValue(name, out var role) ? role : null;

        /// <summary>The service an SDK client type (metadata name) belongs to, and the part of it the client works on.</summary>
        public static (AzureService Service, ClientType Client)? ServiceOfClientType(string metadataName) =>
            ClientsByName.TryGetValue(metadataName, out var found) ? found : ((AzureService, ClientType)?)null;

        /// <summary>The service whose SDK namespaces hold <paramref name="ns"/> (the longest match: Azure.AI.OpenAI before Azure.AI).</summary>
        public static AzureService? ServiceOfNamespace(string? ns)
        {
            AzureService? best = null;
            var bestLength = 0;
            if (ns is null)
            {
                return null;
            }

            foreach (var service in AllServices)
            {
                foreach (var prefix in service.SdkNamespaces)
                {
                    if (prefix.Length > bestLength && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)))
                    {
                        best = service;
                        bestLength = prefix.Length;
                    }
                }
            }

            return best;
        }

        public static IEnumerable<AzureRole> RolesOf(string serviceId)
        {
            foreach (var role in AllRoles)
            {
                if (role.ServiceId == serviceId)
                {
                    yield return role;
                }
            }
        }

        /// <summary>True when <paramref name="broad"/> allows everything <paramref name="narrow"/> does (itself, or through <see cref="AzureRole.Covers"/>).</summary>
        public static bool Covers(AzureRole broad, AzureRole narrow)
        {
            if (ReferenceEquals(broad, narrow))
            {
                return true;
            }

            // The coverage graph is shallow (at most three levels) and acyclic (a meta-test checks it).
            foreach (var id in broad.Covers)
            {
                if (Role(id) is { } covered && Covers(covered, narrow))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Like <see cref="Covers(AzureRole, AzureRole)"/> on role names; false when either is not a catalog role.</summary>
        public static bool Covers(string broad, string narrow) =>
            broad == narrow || RoleNamed(broad) is { } b && RoleNamed(narrow) is { } n && Covers(b, n);

        /// <summary>
        /// The smallest single role of <paramref name="serviceId"/> that allows everything every role of
        /// <paramref name="needed"/> allows (the lowest rank, first in catalog order on a tie); null when none does.
        /// Service Bus Data Sender and Receiver together give Service Bus Data Owner.
        /// </summary>
        public static AzureRole? SmallestRoleCovering(string serviceId, IEnumerable<AzureRole> needed)
        {
            var list = new List<AzureRole>(needed);
            AzureRole? best = null;
            foreach (var candidate in RolesOf(serviceId))
            {
                if ((best is null || candidate.Rank < best.Rank) && list.TrueForAll(role => Covers(candidate, role)))
                {
                    best = candidate;
                }
            }

            return best;
        }

        /// <summary>
        /// A reader role with the role that also writes, as messages write it:
        /// <c>App Configuration Data Reader (App Configuration Data Owner to write)</c>. <see cref="RolesIn"/> reads the reader.
        /// </summary>
        public static string ReaderOrWriter(AzureRole reader, AzureRole writer, string writes = "write") => reader.Name + " (" + writer.Name + " to " + writes + ")";

        /// <summary>
        /// The catalog roles a role text of a diagnostic names: one role name; several joined with " and " or ", "
        /// (<c>db_datareader, db_datawriter</c>); advice in parentheses is skipped, and of alternatives (" / ", " or ")
        /// the first, the least privilege, is taken. Text that names no catalog role gives none.
        /// </summary>
        public static IReadOnlyList<AzureRole> RolesIn(string? text)
        {
            var found = new List<AzureRole>();
            if (string.IsNullOrEmpty(text))
            {
                return found;
            }

            if (RoleNamed(text) is { } whole)
            {
                found.Add(whole);
                return found;
            }

            var plain = WithoutParentheses(text!);
            var first = plain.Split(new[] { " / ", ", or ", " or " }, StringSplitOptions.None)[0];
            foreach (var part in first.Split(new[] { " and ", ", " }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (RoleNamed(part.Trim()) is { } role && !found.Contains(role))
                {
                    found.Add(role);
                }
            }

            return found;
        }

        // "A (advice) / B (advice)" -> "A / B": one pass, nesting counted, no backtracking.
        private static string WithoutParentheses(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            var depth = 0;
            foreach (var c in text)
            {
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0 && !(c == ' ' && builder.Length > 0 && builder[builder.Length - 1] == ' '))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Trim();
        }

        private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> key)
        {
            var index = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                index[key(item)] = item;
            }

            return index;
        }

        private static Dictionary<string, (AzureService, ClientType)> IndexClients()
        {
            var index = new Dictionary<string, (AzureService, ClientType)>(StringComparer.Ordinal);
            foreach (var service in AllServices)
            {
                foreach (var client in service.ClientTypes)
                {
                    index[client.MetadataName] = (service, client);
                }
            }

            return index;
        }
    }
}
