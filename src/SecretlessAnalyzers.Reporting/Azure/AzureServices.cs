using System;
using System.Collections.Generic;
using System.Linq;

namespace SecretlessAnalyzers.Reporting.Azure
{
    /// <summary>How an identity is given access to a service's data.</summary>
    public enum GrantKind
    {
        /// <summary>An Azure RBAC role assignment (<c>az role assignment create</c>, <c>Microsoft.Authorization/roleAssignments</c>).</summary>
        AzureRbac,

        /// <summary>A Cosmos DB data-plane role assignment (<c>az cosmosdb sql role assignment create</c>).</summary>
        CosmosDataPlane,

        /// <summary>An Azure Cache for Redis data access policy assignment (<c>az redis access-policy-assignment create</c>).</summary>
        RedisAccessPolicy,

        /// <summary>An Azure SQL contained database user and database roles (T-SQL).</summary>
        SqlContainedUser,

        /// <summary>An Azure Database for PostgreSQL Microsoft Entra principal (<c>pgaadauth_create_principal</c>) and GRANTs.</summary>
        PostgresPrincipal,

        /// <summary>An Azure Database for MySQL Microsoft Entra user and GRANTs.</summary>
        MySqlPrincipal,

        /// <summary>An app registration's client secret: the roles the application holds move to the managed identity.</summary>
        EntraApplication,
    }

    /// <summary>The switch that ends key (or password) access to a resource once every client uses its identity.</summary>
    public sealed class LocalAuthSwitch
    {
        public LocalAuthSwitch(string setting, string command, bool deletesKeys = false)
        {
            Setting = setting;
            Command = command;
            DeletesKeys = deletesKeys;
        }

        /// <summary>The setting as a person reads it: <c>allowSharedKeyAccess=false</c>.</summary>
        public string Setting { get; }

        /// <summary>The command, with <c>{scope}</c>, <c>{name}</c> and <c>{group}</c> to fill.</summary>
        public string Command { get; }

        /// <summary>The service deletes its access keys when the switch is thrown (App Configuration): rotating them is moot, so the switch goes last.</summary>
        public bool DeletesKeys { get; }
    }

    /// <summary>What the report knows of one Azure service: how to name its resources, grant access to them and end key access.</summary>
    public sealed class AzureService
    {
        public AzureService(string id, string kind, GrantKind grantKind, string[] matches)
        {
            Id = id;
            Kind = kind;
            GrantKind = grantKind;
            Matches = matches;
        }

        public string Id { get; }

        /// <summary>What the resource is, for people: "Storage account".</summary>
        public string Kind { get; }

        public GrantKind GrantKind { get; }

        /// <summary>Lower-case fragments of the <c>Service</c> diagnostic property that mean this service.</summary>
        public string[] Matches { get; }

        /// <summary>The ARM resource type (<c>Microsoft.Storage/storageAccounts</c>), or null when the grant is not an ARM resource.</summary>
        public string? ArmType { get; set; }

        /// <summary>The ARM API version the Bicep file declares the resource with.</summary>
        public string? ApiVersion { get; set; }

        /// <summary>Child resource types (the segment names of a scope path) that ARM and Bicep know, so a grant can be scoped to them.</summary>
        public HashSet<string> ChildTypes { get; set; } = new HashSet<string>(StringComparer.Ordinal);

        public LocalAuthSwitch? LocalAuth { get; set; }

        /// <summary>The setting suffix SL2001's fix reads the endpoint from (<c>:ServiceUri</c>), or null.</summary>
        public string? EndpointSetting { get; set; }

        /// <summary>The host name ending of the service's endpoints (<c>.database.windows.net</c>), to recognise a resource whose service the finding does not name.</summary>
        public string? HostSuffix { get; set; }
    }

    /// <summary>
    /// The services the report knows. The rules' <c>Service</c> property is matched loosely ("Storage", "ServiceBus",
    /// "Service Bus", "CosmosDB"...), so a rule that uses the common diagnostic properties gets commands without a change here.
    /// </summary>
    public static class AzureServices
    {
        private const string ResourceUpdate = "az resource update --ids \"{scope}\" --set properties.";

        public static readonly IReadOnlyList<AzureService> All = new[]
        {
            // Databases and data-plane grant kinds first: "azuresql" must not be read as a storage "table".
            new AzureService("cosmosdb", "Azure Cosmos DB account (data-plane RBAC)", GrantKind.CosmosDataPlane, new[] { "cosmos" })
            {
                ArmType = "Microsoft.DocumentDB/databaseAccounts", ApiVersion = "2024-11-15",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
                EndpointSetting = ":AccountEndpoint",
            },
            new AzureService("redis", "Azure Cache for Redis (data access policy)", GrantKind.RedisAccessPolicy, new[] { "redis" })
            {
                ArmType = "Microsoft.Cache/redis", ApiVersion = "2024-11-01",
                LocalAuth = new LocalAuthSwitch("disableAccessKeyAuthentication=true", ResourceUpdate + "disableAccessKeyAuthentication=true"),
            },
            new AzureService("postgresql", "Azure Database for PostgreSQL (Microsoft Entra principal)", GrantKind.PostgresPrincipal, new[] { "postgres", "npgsql" })
            {
                HostSuffix = ".postgres.database.azure.com",
                LocalAuth = new LocalAuthSwitch("password authentication disabled (Microsoft Entra only)", "az postgres flexible-server update --name {name} --resource-group {group} --password-auth Disabled"),
            },
            new AzureService("mysql", "Azure Database for MySQL (Microsoft Entra user)", GrantKind.MySqlPrincipal, new[] { "mysql" })
            {
                HostSuffix = ".mysql.database.azure.com",
            },
            new AzureService("azuresql", "Azure SQL database (contained database user)", GrantKind.SqlContainedUser, new[] { "sql" })
            {
                HostSuffix = ".database.windows.net",
                LocalAuth = new LocalAuthSwitch("Microsoft Entra-only authentication", "az sql server ad-only-auth enable --name {name} --resource-group {group}"),
            },
            new AzureService("entra", "Microsoft Entra application (client secret)", GrantKind.EntraApplication, new[] { "entra" }),
            new AzureService("servicebus", "Service Bus namespace", GrantKind.AzureRbac, new[] { "servicebus" })
            {
                ArmType = "Microsoft.ServiceBus/namespaces", ApiVersion = "2022-10-01-preview",
                ChildTypes = new HashSet<string>(StringComparer.Ordinal) { "queues", "topics", "subscriptions" },
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
                EndpointSetting = ":FullyQualifiedNamespace",
            },
            new AzureService("eventhubs", "Event Hubs namespace", GrantKind.AzureRbac, new[] { "eventhub" })
            {
                ArmType = "Microsoft.EventHub/namespaces", ApiVersion = "2024-01-01",
                ChildTypes = new HashSet<string>(StringComparer.Ordinal) { "eventhubs" },
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
                EndpointSetting = ":FullyQualifiedNamespace",
            },
            new AzureService("eventgrid", "Event Grid topic", GrantKind.AzureRbac, new[] { "eventgrid" })
            {
                ArmType = "Microsoft.EventGrid/topics", ApiVersion = "2022-06-15",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("keyvault", "Key vault", GrantKind.AzureRbac, new[] { "keyvault" })
            {
                ArmType = "Microsoft.KeyVault/vaults", ApiVersion = "2023-07-01",
            },
            new AzureService("appconfiguration", "App Configuration store", GrantKind.AzureRbac, new[] { "appconfig" })
            {
                ArmType = "Microsoft.AppConfiguration/configurationStores", ApiVersion = "2023-03-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true", deletesKeys: true),
                EndpointSetting = ":Endpoint",
            },
            new AzureService("webpubsub", "Web PubSub service", GrantKind.AzureRbac, new[] { "webpubsub" })
            {
                ArmType = "Microsoft.SignalRService/webPubSub", ApiVersion = "2024-03-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("signalr", "SignalR service", GrantKind.AzureRbac, new[] { "signalr" })
            {
                ArmType = "Microsoft.SignalRService/signalR", ApiVersion = "2024-03-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("search", "Azure AI Search service", GrantKind.AzureRbac, new[] { "search" })
            {
                ArmType = "Microsoft.Search/searchServices", ApiVersion = "2023-11-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("openai", "Azure OpenAI account", GrantKind.AzureRbac, new[] { "openai" })
            {
                ArmType = "Microsoft.CognitiveServices/accounts", ApiVersion = "2024-10-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("cognitiveservices", "Azure AI services account", GrantKind.AzureRbac, new[] { "cognitive", "aiservice" })
            {
                ArmType = "Microsoft.CognitiveServices/accounts", ApiVersion = "2024-10-01",
                LocalAuth = new LocalAuthSwitch("disableLocalAuth=true", ResourceUpdate + "disableLocalAuth=true"),
            },
            new AzureService("storage", "Storage account", GrantKind.AzureRbac, new[] { "storage", "blob", "queue", "table", "datalake" })
            {
                ArmType = "Microsoft.Storage/storageAccounts", ApiVersion = "2023-05-01",
                ChildTypes = new HashSet<string>(StringComparer.Ordinal)
                {
                    "blobServices", "containers", "queueServices", "queues", "tableServices", "tables", "fileServices", "shares",
                },
                // Shared keys sign every SAS of the account too: switching them off ends both.
                LocalAuth = new LocalAuthSwitch("allowSharedKeyAccess=false (also ends every SAS signed with the account key)", ResourceUpdate + "allowSharedKeyAccess=false"),
                EndpointSetting = ":ServiceUri",
            },
        };

        /// <summary>"Service Bus", "ServiceBus" and "servicebus" are one service.</summary>
        public static string KeyOf(string service) => new string(service.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        /// <summary>
        /// The service a rule's <c>Service</c> property names, else the one whose endpoints end like
        /// <paramref name="resource"/> (a generic "Database" on <c>contoso.database.windows.net</c> is Azure SQL); null
        /// for a service the report has no facts about.
        /// </summary>
        public static AzureService? Find(string service, string? resource = null)
        {
            var key = KeyOf(service);
            var named = key.Length == 0 ? null : All.FirstOrDefault(s => s.Matches.Any(m => key.Contains(m)));
            return named ?? (resource is null ? null : All.FirstOrDefault(s => s.HostSuffix is { } suffix && resource.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
