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
