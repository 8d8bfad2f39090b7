#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
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
        // A role with the ids of the roles it covers listed last.
        private static AzureRole Role(string id, string name, string serviceId, string? roleDefinitionId, int rank, string? part, params string[] covers) =>
            new AzureRole(id, name, serviceId, roleDefinitionId, rank, part, covers);

        // A PostgreSQL or MySQL principal with its table privileges: "PostgreSQL Entra principal (GRANT SELECT)".
        private static AzureRole Principal(string id, string principal, string serviceId, string privileges, int rank, params string[] covers) =>
            new AzureRole(id, principal + " (GRANT " + privileges + ")", serviceId, null, rank, null, covers) { Privileges = privileges };


        // Storage: blob containers (and Data Lake file systems), queues, tables, file shares.
        public static readonly AzureRole StorageBlobDataReader = Role("StorageBlobDataReader", "Storage Blob Data Reader", ServiceIds.Storage, "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", 1, "blob");
        public static readonly AzureRole StorageBlobDataContributor = Role("StorageBlobDataContributor", "Storage Blob Data Contributor", ServiceIds.Storage, "ba92f5b4-2d11-453d-a403-e96b0029c9fe", 2, "blob", "StorageBlobDataReader");
        public static readonly AzureRole StorageBlobDataOwner = Role("StorageBlobDataOwner", "Storage Blob Data Owner", ServiceIds.Storage, "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", 3, "blob", "StorageBlobDataContributor");
        public static readonly AzureRole StorageQueueDataReader = Role("StorageQueueDataReader", "Storage Queue Data Reader", ServiceIds.Storage, "19e7f393-937e-4f77-808e-94535e297925", 1, "queue");
        public static readonly AzureRole StorageQueueDataMessageSender = Role("StorageQueueDataMessageSender", "Storage Queue Data Message Sender", ServiceIds.Storage, "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", 1, "queue");
        public static readonly AzureRole StorageQueueDataMessageProcessor = Role("StorageQueueDataMessageProcessor", "Storage Queue Data Message Processor", ServiceIds.Storage, "8a0f0c08-91a1-4084-bc3d-661d67233fed", 1, "queue");
        public static readonly AzureRole StorageQueueDataContributor = Role("StorageQueueDataContributor", "Storage Queue Data Contributor", ServiceIds.Storage, "974c5e8b-45b9-4653-ba55-5f855dd0fb88", 2, "queue", "StorageQueueDataReader", "StorageQueueDataMessageSender", "StorageQueueDataMessageProcessor");
        public static readonly AzureRole StorageTableDataReader = Role("StorageTableDataReader", "Storage Table Data Reader", ServiceIds.Storage, "76199698-9eea-4c19-bc75-cec21354c6b6", 1, "table");
        public static readonly AzureRole StorageTableDataContributor = Role("StorageTableDataContributor", "Storage Table Data Contributor", ServiceIds.Storage, "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", 2, "table", "StorageTableDataReader");
        public static readonly AzureRole StorageFileDataPrivilegedReader = Role("StorageFileDataPrivilegedReader", "Storage File Data Privileged Reader", ServiceIds.Storage, "b8eda974-7b85-4f76-af95-65846b26df6d", 1, "file");
        public static readonly AzureRole StorageFileDataPrivilegedContributor = Role("StorageFileDataPrivilegedContributor", "Storage File Data Privileged Contributor", ServiceIds.Storage, "69566ab7-960f-475b-8e7c-b3118f30c6bd", 2, "file", "StorageFileDataPrivilegedReader");

        // Messaging.
        public static readonly AzureRole ServiceBusDataSender = Role("ServiceBusDataSender", "Azure Service Bus Data Sender", ServiceIds.ServiceBus, "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", 1, null);
        public static readonly AzureRole ServiceBusDataReceiver = Role("ServiceBusDataReceiver", "Azure Service Bus Data Receiver", ServiceIds.ServiceBus, "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", 1, null);
        public static readonly AzureRole ServiceBusDataOwner = Role("ServiceBusDataOwner", "Azure Service Bus Data Owner", ServiceIds.ServiceBus, "090c5cfd-751d-490a-894a-3ce6f1109419", 2, null, "ServiceBusDataSender", "ServiceBusDataReceiver");
        public static readonly AzureRole EventHubsDataSender = Role("EventHubsDataSender", "Azure Event Hubs Data Sender", ServiceIds.EventHubs, "2b629674-e913-4c01-ae53-ef4638d8f975", 1, null);
        public static readonly AzureRole EventHubsDataReceiver = Role("EventHubsDataReceiver", "Azure Event Hubs Data Receiver", ServiceIds.EventHubs, "a638d3c7-ab3a-418d-83e6-5f17a39d4fde", 1, null);
        public static readonly AzureRole EventHubsDataOwner = Role("EventHubsDataOwner", "Azure Event Hubs Data Owner", ServiceIds.EventHubs, "f526a384-b230-433a-b45c-95f59c4a2dec", 2, null, "EventHubsDataSender", "EventHubsDataReceiver");
        public static readonly AzureRole RelaySender = Role("RelaySender", "Azure Relay Sender", ServiceIds.Relay, "26baccc8-eea7-41f1-98f4-1762cc7f685d", 1, null);
        public static readonly AzureRole RelayListener = Role("RelayListener", "Azure Relay Listener", ServiceIds.Relay, "26e0b698-aa6d-4085-9386-aadae190014d", 1, null);
        public static readonly AzureRole RelayOwner = Role("RelayOwner", "Azure Relay Owner", ServiceIds.Relay, "2787bf04-f1f5-4bfe-8383-c8a24483ee38", 2, null, "RelaySender", "RelayListener");

        // Cosmos DB (NoSQL) built-in data-plane roles: their ids are the same in every account (sqlRoleDefinitions/<id>).
        public static readonly AzureRole CosmosDataReader = Role("CosmosDataReader", "Cosmos DB Built-in Data Reader", ServiceIds.CosmosDb, "00000000-0000-0000-0000-000000000001", 1, null);
        public static readonly AzureRole CosmosDataContributor = Role("CosmosDataContributor", "Cosmos DB Built-in Data Contributor", ServiceIds.CosmosDb, "00000000-0000-0000-0000-000000000002", 2, null, "CosmosDataReader");

        // Azure SQL fixed database roles (T-SQL, no GUID). db_datawriter does not read: writers need both.
        public static readonly AzureRole SqlDataReader = Role("SqlDataReader", "db_datareader", ServiceIds.AzureSql, null, 1, null);
        public static readonly AzureRole SqlDataWriter = Role("SqlDataWriter", "db_datawriter", ServiceIds.AzureSql, null, 1, null);
        public static readonly AzureRole SqlDdlAdmin = Role("SqlDdlAdmin", "db_ddladmin", ServiceIds.AzureSql, null, 1, null);

        // PostgreSQL / MySQL: an Entra principal (user) and its GRANTs on the tables. No GUID.
        private const string PostgreSqlPrincipalName = "PostgreSQL Entra principal";
        private const string MySqlPrincipalName = "MySQL Entra user";
        private const string ReadPrivileges = "SELECT";
        private const string WritePrivileges = ReadPrivileges + ", INSERT, UPDATE, DELETE";
        private const string SchemaPrivileges = WritePrivileges + ", CREATE";

        public static readonly AzureRole PostgreSqlPrincipal = Role("PostgreSqlPrincipal", PostgreSqlPrincipalName, ServiceIds.PostgreSql, null, 0, null);
        public static readonly AzureRole PostgreSqlSelect = Principal("PostgreSqlSelect", PostgreSqlPrincipalName, ServiceIds.PostgreSql, ReadPrivileges, 1);
        public static readonly AzureRole PostgreSqlReadWrite = Principal("PostgreSqlReadWrite", PostgreSqlPrincipalName, ServiceIds.PostgreSql, WritePrivileges, 2, "PostgreSqlSelect");
        public static readonly AzureRole PostgreSqlReadWriteCreate = Principal("PostgreSqlReadWriteCreate", PostgreSqlPrincipalName, ServiceIds.PostgreSql, SchemaPrivileges, 3, "PostgreSqlReadWrite");
        public static readonly AzureRole MySqlPrincipal = Role("MySqlPrincipal", MySqlPrincipalName, ServiceIds.MySql, null, 0, null);
        public static readonly AzureRole MySqlSelect = Principal("MySqlSelect", MySqlPrincipalName, ServiceIds.MySql, ReadPrivileges, 1);
        public static readonly AzureRole MySqlReadWrite = Principal("MySqlReadWrite", MySqlPrincipalName, ServiceIds.MySql, WritePrivileges, 2, "MySqlSelect");
        public static readonly AzureRole MySqlReadWriteCreate = Principal("MySqlReadWriteCreate", MySqlPrincipalName, ServiceIds.MySql, SchemaPrivileges, 3, "MySqlReadWrite");

        // Azure Cache for Redis built-in data access policies (granted by name).
        public static readonly AzureRole RedisDataReader = Role("RedisDataReader", "Data Reader", ServiceIds.Redis, null, 1, null);
        public static readonly AzureRole RedisDataContributor = Role("RedisDataContributor", "Data Contributor", ServiceIds.Redis, null, 2, null, "RedisDataReader");
        public static readonly AzureRole RedisDataOwner = Role("RedisDataOwner", "Data Owner", ServiceIds.Redis, null, 3, null, "RedisDataContributor");

        // Other Azure RBAC data roles.
        public static readonly AzureRole AppConfigurationDataReader = Role("AppConfigurationDataReader", "App Configuration Data Reader", ServiceIds.AppConfiguration, "516239f1-63e1-4d78-a4de-a74fb236a071", 1, null);
        public static readonly AzureRole AppConfigurationDataOwner = Role("AppConfigurationDataOwner", "App Configuration Data Owner", ServiceIds.AppConfiguration, "5ae67dd6-50cb-40e7-96ff-dc2bfa4b606b", 2, null, "AppConfigurationDataReader");
        public static readonly AzureRole KeyVaultSecretsUser = Role("KeyVaultSecretsUser", "Key Vault Secrets User", ServiceIds.KeyVault, "4633458b-17de-408a-b874-0445c86b69e6", 1, null);
        public static readonly AzureRole KeyVaultSecretsOfficer = Role("KeyVaultSecretsOfficer", "Key Vault Secrets Officer", ServiceIds.KeyVault, "b86a8fe4-44ce-4948-aee5-eccb2c155cd7", 2, null, "KeyVaultSecretsUser");
        public static readonly AzureRole SearchIndexDataReader = Role("SearchIndexDataReader", "Search Index Data Reader", ServiceIds.Search, "1407120a-92aa-4202-b7e9-c0e197c71c8f", 1, "index");
        public static readonly AzureRole SearchIndexDataContributor = Role("SearchIndexDataContributor", "Search Index Data Contributor", ServiceIds.Search, "8ebe5a00-799e-43f5-93ac-243d3dce84a7", 2, "index", "SearchIndexDataReader");
        public static readonly AzureRole SearchServiceContributor = Role("SearchServiceContributor", "Search Service Contributor", ServiceIds.Search, "7ca78c08-252a-4471-8644-bb5ff32d4ba0", 1, "service");
        public static readonly AzureRole EventGridDataSender = Role("EventGridDataSender", "EventGrid Data Sender", ServiceIds.EventGrid, "d5a91429-5739-47e2-a06b-3470a27159e7", 1, null);
        public static readonly AzureRole SignalRAppServer = Role("SignalRAppServer", "SignalR App Server", ServiceIds.SignalR, "420fcaa2-552c-430f-98ca-3264be4806c7", 1, null);
        public static readonly AzureRole WebPubSubServiceOwner = Role("WebPubSubServiceOwner", "Web PubSub Service Owner", ServiceIds.WebPubSub, "12cf5a90-567b-43ae-8102-96cf46c7d9b4", 1, null);
        public static readonly AzureRole CognitiveServicesOpenAIUser = Role("CognitiveServicesOpenAIUser", "Cognitive Services OpenAI User", ServiceIds.OpenAI, "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", 1, null);
        public static readonly AzureRole CognitiveServicesUser = Role("CognitiveServicesUser", "Cognitive Services User", ServiceIds.AIServices, "a97b65f3-24c7-4388-baec-2e87135dc908", 1, null);
        public static readonly AzureRole AzureMapsDataReader = Role("AzureMapsDataReader", "Azure Maps Data Reader", ServiceIds.Maps, "423170ca-a8f6-4b0f-8487-9e4eb8f49bfa", 1, null);
    }
}
