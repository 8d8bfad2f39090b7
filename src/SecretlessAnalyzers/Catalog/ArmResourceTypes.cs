#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>An ARM resource type a service's resources have.</summary>
    /// <param name="Name">E.g. <c>Microsoft.Storage/storageAccounts</c>.</param>
    /// <param name="ApiVersion">The API version the report's Bicep file declares the type with; null when no grant of
    /// the service is an ARM resource (SQL and PostgreSQL grants are database users).</param>
    /// <param name="ChildTypes">The child resource types below it that a grant's scope path may name
    /// (<c>blobServices/default/containers/x</c>), each declared with the same API version.</param>
    public sealed record ArmResourceType(string Name, string? ApiVersion, IReadOnlyList<string> ChildTypes)
    {
        public override string ToString() => Name;
    }

    /// <summary>The ARM resource types of <see cref="Services"/>. API versions: stable versions that declare these types and
    /// their child types, as the Bicep CLI's type index lists them (the report's Bicep is compiled by a test).</summary>
    public static class ArmResourceTypes
    {
        public static readonly ArmResourceType StorageAccounts = new ArmResourceType("Microsoft.Storage/storageAccounts", "2023-05-01", new[] { "blobServices", "containers", "queueServices", "queues", "tableServices", "tables", "fileServices", "shares" });
        public static readonly ArmResourceType ServiceBusNamespaces = new ArmResourceType("Microsoft.ServiceBus/namespaces", "2022-10-01-preview", new[] { "queues", "topics", "subscriptions" });
        public static readonly ArmResourceType EventHubNamespaces = new ArmResourceType("Microsoft.EventHub/namespaces", "2024-01-01", new[] { "eventhubs" });
        public static readonly ArmResourceType RelayNamespaces = new ArmResourceType("Microsoft.Relay/namespaces", "2021-11-01", new[] { "hybridConnections" });
        public static readonly ArmResourceType CosmosDbAccounts = new ArmResourceType("Microsoft.DocumentDB/databaseAccounts", "2024-11-15", Array.Empty<string>());
        public static readonly ArmResourceType SqlServers = new ArmResourceType("Microsoft.Sql/servers", null, Array.Empty<string>());
        public static readonly ArmResourceType PostgreSqlFlexibleServers = new ArmResourceType("Microsoft.DBforPostgreSQL/flexibleServers", null, Array.Empty<string>());
        public static readonly ArmResourceType MySqlFlexibleServers = new ArmResourceType("Microsoft.DBforMySQL/flexibleServers", null, Array.Empty<string>());
        public static readonly ArmResourceType RedisCaches = new ArmResourceType("Microsoft.Cache/redis", "2024-11-01", Array.Empty<string>());
        public static readonly ArmResourceType AppConfigurationStores = new ArmResourceType("Microsoft.AppConfiguration/configurationStores", "2023-03-01", Array.Empty<string>());
        public static readonly ArmResourceType KeyVaults = new ArmResourceType("Microsoft.KeyVault/vaults", "2023-07-01", Array.Empty<string>());
        public static readonly ArmResourceType SearchServices = new ArmResourceType("Microsoft.Search/searchServices", "2023-11-01", Array.Empty<string>());
        public static readonly ArmResourceType EventGridTopics = new ArmResourceType("Microsoft.EventGrid/topics", "2022-06-15", Array.Empty<string>());
        public static readonly ArmResourceType SignalR = new ArmResourceType("Microsoft.SignalRService/SignalR", "2024-03-01", Array.Empty<string>());
        public static readonly ArmResourceType WebPubSub = new ArmResourceType("Microsoft.SignalRService/WebPubSub", "2024-03-01", Array.Empty<string>());
        public static readonly ArmResourceType CognitiveServicesAccounts = new ArmResourceType("Microsoft.CognitiveServices/accounts", "2024-10-01", Array.Empty<string>());
        public static readonly ArmResourceType MapsAccounts = new ArmResourceType("Microsoft.Maps/accounts", "2023-06-01", Array.Empty<string>());
        public static readonly ArmResourceType CommunicationServices = new ArmResourceType("Microsoft.Communication/communicationServices", "2023-04-01", Array.Empty<string>());
    }
}
