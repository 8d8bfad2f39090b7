#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
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
            ArmResourceTypes.StorageAccounts,
            "https://storage.azure.com/.default",
            "allowSharedKeyAccess: false",
            Roles.StorageBlobDataContributor.Id,
            new[] { new ServiceEndpoint("blob", "https://{name}.blob.core.windows.net", EndpointSettingNames.BlobServiceUri), new ServiceEndpoint("queue", "https://{name}.queue.core.windows.net", EndpointSettingNames.QueueServiceUri), new ServiceEndpoint("table", "https://{name}.table.core.windows.net", EndpointSettingNames.TableServiceUri), new ServiceEndpoint("file", "https://{name}.file.core.windows.net"), new ServiceEndpoint("dfs", "https://{name}.dfs.core.windows.net", EndpointSettingNames.DfsServiceUri) },
            new[] { ResourceScopes.BlobContainer, ResourceScopes.Queue, ResourceScopes.Table, ResourceScopes.FileShare },
            new[] { new ClientType("Azure.Storage.Blobs.BlobServiceClient", "blob"), new ClientType("Azure.Storage.Blobs.BlobContainerClient", "blob"), new ClientType("Azure.Storage.Blobs.BlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.BlockBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.AppendBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.PageBlobClient", "blob"), new ClientType("Azure.Storage.Blobs.Specialized.BlobBaseClient", "blob"), new ClientType("Azure.Storage.Queues.QueueServiceClient", "queue"), new ClientType("Azure.Storage.Queues.QueueClient", "queue"), new ClientType("Azure.Data.Tables.TableServiceClient", "table"), new ClientType("Azure.Data.Tables.TableClient", "table"), new ClientType("Azure.Storage.Files.Shares.ShareServiceClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareDirectoryClient", "file"), new ClientType("Azure.Storage.Files.Shares.ShareFileClient", "file"), new ClientType("Azure.Storage.Files.DataLake.DataLakeServiceClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeFileSystemClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeDirectoryClient", "dfs"), new ClientType("Azure.Storage.Files.DataLake.DataLakeFileClient", "dfs"), new ClientType("Microsoft.WindowsAzure.Storage.CloudStorageAccount", null), new ClientType("Microsoft.WindowsAzure.Storage.Auth.StorageCredentials", null), new ClientType("Microsoft.Azure.Storage.CloudStorageAccount", null), new ClientType("Microsoft.Azure.Storage.Auth.StorageCredentials", null), new ClientType("Microsoft.Azure.Cosmos.Table.CloudStorageAccount", null), new ClientType("Microsoft.Azure.Cosmos.Table.StorageCredentials", null) },
            new[] { "Azure.Storage", "Azure.Data.Tables" });

        public static readonly AzureService ServiceBus = new AzureService(
            ServiceIds.ServiceBus,
            "Service Bus",
            "Service Bus namespace",
            GrantKind.AzureRbacRoleAssignment,
            ArmResourceTypes.ServiceBusNamespaces,
            "https://servicebus.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net", EndpointSettingNames.FullyQualifiedNamespace) },
            new[] { ResourceScopes.ServiceBusEntity },
            new[] { new ClientType("Azure.Messaging.ServiceBus.ServiceBusClient", "ServiceBus"), new ClientType("Azure.Messaging.ServiceBus.Administration.ServiceBusAdministrationClient", "ServiceBusAdministration") },
            new[] { "Azure.Messaging.ServiceBus", "Microsoft.Azure.ServiceBus" });

        public static readonly AzureService EventHubs = new AzureService(
            ServiceIds.EventHubs,
            "Event Hubs",
            "Event Hubs namespace",
            GrantKind.AzureRbacRoleAssignment,
            ArmResourceTypes.EventHubNamespaces,
            "https://eventhubs.azure.net/.default",
            "disableLocalAuth: true",
            null,
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net", EndpointSettingNames.FullyQualifiedNamespace) },
            new[] { ResourceScopes.EventHub },
            new[] { new ClientType("Azure.Messaging.EventHubs.Producer.EventHubProducerClient", "EventHubProducer"), new ClientType("Azure.Messaging.EventHubs.Producer.EventHubBufferedProducerClient", "EventHubProducer"), new ClientType("Azure.Messaging.EventHubs.Consumer.EventHubConsumerClient", "EventHubConsumer"), new ClientType("Azure.Messaging.EventHubs.EventProcessorClient", "EventProcessor") },
            new[] { "Azure.Messaging.EventHubs", "Microsoft.Azure.EventHubs" });

        public static readonly AzureService Relay = new AzureService(
            ServiceIds.Relay,
            "Relay",
            "Relay namespace",
            GrantKind.AzureRbacRoleAssignment,
            ArmResourceTypes.RelayNamespaces,
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
            new[] { new ServiceEndpoint(null, "{name}.servicebus.windows.net", EndpointSettingNames.FullyQualifiedNamespace) },
            Array.Empty<ResourceScope>(),
            Array.Empty<ClientType>(),
            new[] { "Microsoft.ServiceBus" });

        public static readonly AzureService CosmosDb = new AzureService(
            ServiceIds.CosmosDb,
            "Cosmos DB",
            "Cosmos DB account",
            GrantKind.CosmosDataPlaneRoleAssignment,
            ArmResourceTypes.CosmosDbAccounts,
            "https://{name}.documents.azure.com/.default",
            "disableLocalAuth: true",
            Roles.CosmosDataContributor.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.documents.azure.com:443/", EndpointSettingNames.AccountEndpoint) },
            new[] { ResourceScopes.CosmosDatabase },
            new[] { new ClientType("Microsoft.Azure.Cosmos.CosmosClient", null), new ClientType("Microsoft.Azure.Cosmos.Fluent.CosmosClientBuilder", null), new ClientType("Microsoft.Azure.Documents.Client.DocumentClient", null) },
            new[] { "Microsoft.Azure.Cosmos", "Microsoft.Azure.Documents" });

        public static readonly AzureService AzureSql = new AzureService(
            ServiceIds.AzureSql,
            "Azure SQL",
            "Azure SQL server",
            GrantKind.SqlContainedUser,
            ArmResourceTypes.SqlServers,
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
            ArmResourceTypes.PostgreSqlFlexibleServers,
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
            ArmResourceTypes.MySqlFlexibleServers,
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
            ArmResourceTypes.RedisCaches,
            "https://redis.azure.com/.default",
            "disableAccessKeyAuthentication: true",
            Roles.RedisDataContributor.Id,
            new[] { new ServiceEndpoint(null, "{name}.redis.cache.windows.net:6380") },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("StackExchange.Redis.ConnectionMultiplexer", null), new ClientType("StackExchange.Redis.ConfigurationOptions", null), new ClientType("StackExchange.Redis.AzureCacheForRedis", null), new ClientType("Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions", null) },
            new[] { "StackExchange.Redis" });

        public static readonly AzureService AppConfiguration = new AzureService(
            ServiceIds.AppConfiguration,
            "App Configuration",
            "App Configuration store",
            GrantKind.AzureRbacRoleAssignment,
            ArmResourceTypes.AppConfigurationStores,
            "https://azconfig.io/.default",
            "disableLocalAuth: true",
            Roles.AppConfigurationDataReader.Id,
            new[] { new ServiceEndpoint(null, "https://{name}.azconfig.io", EndpointSettingNames.Endpoint) },
            Array.Empty<ResourceScope>(),
            new[] { new ClientType("Azure.Data.AppConfiguration.ConfigurationClient", null), new ClientType("Microsoft.Extensions.Configuration.AzureAppConfigurationExtensions", null), new ClientType("Microsoft.Extensions.Configuration.AzureAppConfiguration.AzureAppConfigurationOptions", null) },
            new[] { "Azure.Data.AppConfiguration" });

        public static readonly AzureService KeyVault = new AzureService(
            ServiceIds.KeyVault,
            "Key Vault",
            "Key vault",
            GrantKind.AzureRbacRoleAssignment,
            ArmResourceTypes.KeyVaults,
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
            ArmResourceTypes.SearchServices,
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
            ArmResourceTypes.EventGridTopics,
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
            ArmResourceTypes.SignalR,
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
            ArmResourceTypes.WebPubSub,
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
            ArmResourceTypes.CognitiveServicesAccounts,
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
            ArmResourceTypes.CognitiveServicesAccounts,
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
            ArmResourceTypes.MapsAccounts,
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
            ArmResourceTypes.CommunicationServices,
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
            new[] { new ClientType("Azure.Identity.ClientSecretCredential", null), new ClientType("Azure.Identity.ClientCertificateCredential", null), new ClientType("Azure.Identity.OnBehalfOfCredential", null), new ClientType("Azure.Identity.AuthorizationCodeCredential", null), new ClientType("Azure.Identity.UsernamePasswordCredential", null), new ClientType("Microsoft.Identity.Client.ConfidentialClientApplicationBuilder", null), new ClientType("Microsoft.IdentityModel.Clients.ActiveDirectory.ClientCredential", null) },
            new[] { "Azure.Identity", "Microsoft.Identity.Client", "Microsoft.IdentityModel.Clients.ActiveDirectory" });
    }
}
