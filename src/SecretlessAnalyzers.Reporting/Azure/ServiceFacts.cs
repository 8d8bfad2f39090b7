using System;
using System.Linq;
using SecretlessAnalyzers.Catalog;

namespace SecretlessAnalyzers.Reporting.Azure
{
    /// <summary>
    /// Reads the catalog for the report: the service a finding names, the roles its role text names, and what follows
    /// from them. The facts themselves are the catalog's (src/SecretlessAnalyzers/Catalog).
    /// </summary>
    public static class ServiceFacts
    {
        // The Service property of the rules today: loose names mapped to catalog ids (most specific first: "postgresql" before "sql").
        private static readonly (string Fragment, string ServiceId)[] Aliases =
        {
            ("cosmos", ServiceIds.CosmosDb), ("redis", ServiceIds.Redis), ("postgres", ServiceIds.PostgreSql), ("npgsql", ServiceIds.PostgreSql),
            ("mysql", ServiceIds.MySql), ("entra", ServiceIds.EntraApplication), ("sql", ServiceIds.AzureSql), ("servicebus", ServiceIds.ServiceBus),
            ("eventhub", ServiceIds.EventHubs), ("eventgrid", ServiceIds.EventGrid), ("relay", ServiceIds.Relay), ("messaging", ServiceIds.Messaging),
            ("keyvault", ServiceIds.KeyVault), ("appconfig", ServiceIds.AppConfiguration), ("webpubsub", ServiceIds.WebPubSub), ("signalr", ServiceIds.SignalR),
            ("search", ServiceIds.Search), ("openai", ServiceIds.OpenAI), ("cognitive", ServiceIds.AIServices), ("aiservice", ServiceIds.AIServices),
            ("maps", ServiceIds.Maps), ("communication", ServiceIds.Communication), ("storage", ServiceIds.Storage), ("blob", ServiceIds.Storage),
            ("queue", ServiceIds.Storage), ("table", ServiceIds.Storage), ("datalake", ServiceIds.Storage),
        };

        /// <summary>"Service Bus", "ServiceBus" and "servicebus" are one service.</summary>
        public static string KeyOf(string service) => new string(service.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        /// <summary>
        /// The catalog service a finding's <c>ServiceId</c> or <c>Service</c> names, else the one whose endpoints end like
        /// <paramref name="resource"/> (a generic "Database" on <c>contoso.database.windows.net</c> is Azure SQL); null
        /// for a service the catalog does not hold.
        /// </summary>
        public static AzureService? Find(string? service, string? resource = null, string? serviceId = null)
        {
            if (AzureCatalog.Service(serviceId) is { } byId)
            {
                return byId;
            }

            var key = KeyOf(service ?? string.Empty);
            if (key.Length > 0)
            {
                var exact = AzureCatalog.AllServices.FirstOrDefault(s => KeyOf(s.Id) == key || KeyOf(s.DisplayName) == key);
                if (exact is not null)
                {
                    return exact;
                }

                foreach (var (fragment, id) in Aliases)
                {
                    if (key.Contains(fragment))
                    {
                        return AzureCatalog.Service(id);
                    }
                }
            }

            return resource is null ? null : ByHost(resource);
        }

        /// <summary>The service whose endpoint host (<c>{name}.database.windows.net</c>) the resource's host name ends like.</summary>
        private static AzureService? ByHost(string resource)
        {
            foreach (var service in AzureCatalog.AllServices)
            {
                // The messaging namespaces share one host suffix: only the finding's service tells them apart.
                if (service.Id is ServiceIds.ServiceBus or ServiceIds.EventHubs or ServiceIds.Relay)
                {
                    continue;
                }

                foreach (var endpoint in service.Endpoints)
                {
                    if (HostSuffix(endpoint.Template) is { } suffix && resource.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        return service;
                    }
                }
            }

            return null;
        }

        /// <summary>"https://{name}.documents.azure.com:443/" → ".documents.azure.com"; null when the host is not "{name}" then fixed text.</summary>
        private static string? HostSuffix(string template)
        {
            var scheme = template.IndexOf("://", StringComparison.Ordinal);
            var host = scheme >= 0 ? template.Substring(scheme + 3) : template;
            var end = host.IndexOfAny(new[] { ':', '/' });
            host = end < 0 ? host : host.Substring(0, end);
            const string Name = "{name}";
            return host.StartsWith(Name, StringComparison.Ordinal) && host.Length > Name.Length + 1 && host.IndexOf('{', Name.Length) < 0
                ? host.Substring(Name.Length)
                : null;
        }

        /// <summary>"Storage Blob Data Contributor" allows all "Storage Blob Data Reader" does (the catalog's coverage).</summary>
        public static bool Covers(string broad, string narrow) =>
            string.Equals(broad, narrow, StringComparison.OrdinalIgnoreCase) || AzureCatalog.Covers(broad, narrow);

        /// <summary>The built-in role definition id (GUID) of a role name, or null when the catalog has none for it.</summary>
        public static string? RoleDefinitionId(string role) => AzureCatalog.RoleNamed(role)?.RoleDefinitionId;

        /// <summary>Cosmos DB's built-in data-plane role definition for a role name (Reader or Contributor), or the id the finding gives.</summary>
        public static string CosmosDefinitionId(string role) =>
            Guid.TryParse(role, out _) ? role
            : AzureCatalog.RoleNamed(role) is { ServiceId: ServiceIds.CosmosDb, RoleDefinitionId: { } id } ? id
            : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? Roles.CosmosDataReader.RoleDefinitionId!
            : Roles.CosmosDataContributor.RoleDefinitionId!;

        /// <summary>The Redis built-in access policy a role name asks for ("Data Contributor" unless it says reader or owner).</summary>
        public static string RedisPolicy(string role) =>
            AzureCatalog.RoleNamed(role) is { ServiceId: ServiceIds.Redis } policy ? policy.Name
            : role.IndexOf("Owner", StringComparison.OrdinalIgnoreCase) >= 0 ? Roles.RedisDataOwner.Name
            : role.IndexOf("Reader", StringComparison.OrdinalIgnoreCase) >= 0 ? Roles.RedisDataReader.Name
            : Roles.RedisDataContributor.Name;

        /// <summary>Whether switching the service's local auth off also deletes its access keys (App Configuration), so the switch comes last.</summary>
        public static bool LocalAuthDeletesKeys(AzureService? service) => service?.Id == ServiceIds.AppConfiguration;

        /// <summary>The endpoint of the resource for the part a role works on (<c>blob</c>, <c>queue</c>...), or the service's only endpoint.</summary>
        public static string? EndpointFor(AzureService service, string resourceName, string? role)
        {
            var part = AzureCatalog.RoleNamed(role)?.Part;
            var endpoint = (part is null ? null : service.Endpoint(part)) ?? service.Endpoint();
            return endpoint?.For(resourceName);
        }
    }
}
