#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>
    /// The last part of the settings SL2001's fix reads instead of a connection string (<c>&lt;Name&gt;:&lt;Setting&gt;</c>),
    /// for the fix, the configuration-file edit and the migration report. A storage account has one per part, named as
    /// Azure Functions' identity-based connections name them (<c>&lt;prefix&gt;__blobServiceUri</c>...), so blob and queue
    /// clients that read one connection string each get their own endpoint. None for the file part: the fix does not
    /// rewrite file share clients (their token overloads also need a token intent in their options).
    /// </summary>
    public static class EndpointSettingNames
    {
        /// <summary>Storage, blob part: <c>https://{account}.blob.core.windows.net</c>.</summary>
        public const string BlobServiceUri = "BlobServiceUri";

        /// <summary>Storage, queue part: <c>https://{account}.queue.core.windows.net</c>.</summary>
        public const string QueueServiceUri = "QueueServiceUri";

        /// <summary>Storage, table part: <c>https://{account}.table.core.windows.net</c>.</summary>
        public const string TableServiceUri = "TableServiceUri";

        /// <summary>Storage, Data Lake part: <c>https://{account}.dfs.core.windows.net</c>.</summary>
        public const string DfsServiceUri = "DfsServiceUri";

        /// <summary>Service Bus, Event Hubs: the namespace host, <c>{namespace}.servicebus.windows.net</c>.</summary>
        public const string FullyQualifiedNamespace = "FullyQualifiedNamespace";

        /// <summary>Event Hubs: the event hub, the connection string's <c>EntityPath</c> (not an endpoint: no <see cref="ServiceEndpoint"/> names it).</summary>
        public const string EventHubName = "EventHubName";

        /// <summary>Cosmos DB: the account endpoint, <c>https://{account}.documents.azure.com:443/</c>.</summary>
        public const string AccountEndpoint = "AccountEndpoint";

        /// <summary>App Configuration: the store endpoint, <c>https://{store}.azconfig.io</c>.</summary>
        public const string Endpoint = "Endpoint";
    }

    /// <summary>One endpoint of a service: <c>https://{name}.blob.core.windows.net</c> for the <c>blob</c> part of a storage account.</summary>
    /// <param name="Part">The part of the service (<c>blob</c>, <c>queue</c>...), null when the service has one endpoint.</param>
    /// <param name="Template">The endpoint with <c>{name}</c> for the resource name (and <c>{region}</c> where Azure puts one).</param>
    /// <param name="Setting">
    /// The last part of the setting SL2001's fix reads this endpoint from (<see cref="EndpointSettingNames"/>:
    /// <c>BlobServiceUri</c>, <c>FullyQualifiedNamespace</c>...), null when the fix writes none for it.
    /// </param>
    public sealed record ServiceEndpoint(string? Part, string Template, string? Setting = null)
    {
        /// <summary>The endpoint of the resource <paramref name="name"/>.</summary>
        public string For(string name) => Template.Replace("{name}", name);
    }

    /// <summary>
    /// A part of a resource a role can be granted on, written as the path below the resource's ARM id:
    /// <c>blobServices/default/containers/{name}</c>. Diagnostic <c>Grants</c> scopes start with <see cref="Prefix"/>.
    /// </summary>
    /// <param name="Part">What the part is: <c>container</c>, <c>queue</c>, <c>entity</c>, <c>database</c>...</param>
    /// <param name="Prefix">The path up to the part's name, e.g. <c>blobServices/default/containers/</c>.</param>
    public sealed record ResourceScope(string Part, string Prefix)
    {
        /// <summary>The scope of the part named <paramref name="name"/>.</summary>
        public string For(string name) => Prefix + name;
    }

    /// <summary>An SDK client type of a service, by metadata name, and the part of the service it works on.</summary>
    /// <param name="MetadataName">E.g. <c>Azure.Storage.Blobs.BlobServiceClient</c>.</param>
    /// <param name="Part">The part of the service (<c>blob</c>, <c>queue</c>...; the messaging client kind), or null.</param>
    public sealed record ClientType(string MetadataName, string? Part);

    /// <summary>An Azure service: how the code reaches it, how key access ends, and how an identity is granted access.</summary>
    /// <param name="Id">Stable id, e.g. <c>Storage</c>: the <c>ServiceId</c> diagnostic property.</param>
    /// <param name="DisplayName">The one name messages, the <c>Service</c> property, docs and the report use.</param>
    /// <param name="ResourceName">What one resource of the service is called in messages and the report: <c>Storage account</c>, <c>App Configuration store</c>.</param>
    /// <param name="GrantKind">How an identity is given access to the service.</param>
    /// <param name="ArmResource">The ARM resource type role assignments are scoped to (<see cref="ArmResourceTypes"/>).</param>
    /// <param name="TokenScope">The token scope the SDK asks Microsoft Entra ID for (<c>{name}</c> where it names the resource).</param>
    /// <param name="LocalAuthSwitch">The resource setting that ends key access once every client uses tokens, e.g. <c>allowSharedKeyAccess: false</c>.</param>
    /// <param name="DefaultRoleId">The role a client of the service needs when nothing is known of what the code does with it.</param>
    /// <param name="Endpoints">The service's endpoints, one per part.</param>
    /// <param name="Scopes">The parts of a resource a role can be granted on (empty: the whole resource only).</param>
    /// <param name="ClientTypes">The SDK client types (metadata names) the rules recognise for this service.</param>
    /// <param name="SdkNamespaces">The SDK namespaces of the service's clients (also the retired SDKs'), for clients the rules know by namespace only.</param>
    public sealed record AzureService(
        string Id,
        string DisplayName,
        string ResourceName,
        GrantKind GrantKind,
        ArmResourceType? ArmResource,
        string? TokenScope,
        string LocalAuthSwitch,
        string? DefaultRoleId,
        IReadOnlyList<ServiceEndpoint> Endpoints,
        IReadOnlyList<ResourceScope> Scopes,
        IReadOnlyList<ClientType> ClientTypes,
        IReadOnlyList<string> SdkNamespaces)
    {
        /// <summary>The endpoint template of a part (<c>blob</c>...), or the service's only endpoint when <paramref name="part"/> is null.</summary>
        public ServiceEndpoint? Endpoint(string? part = null)
        {
            foreach (var endpoint in Endpoints)
            {
                if (part is null || string.Equals(endpoint.Part, part, StringComparison.Ordinal))
                {
                    return endpoint;
                }
            }

            return null;
        }

        /// <summary>The service's endpoint whose <see cref="ServiceEndpoint.Setting"/> is <paramref name="setting"/>, or null.</summary>
        public ServiceEndpoint? EndpointOfSetting(string setting)
        {
            foreach (var endpoint in Endpoints)
            {
                if (string.Equals(endpoint.Setting, setting, StringComparison.Ordinal))
                {
                    return endpoint;
                }
            }

            return null;
        }

        /// <summary>The name of <see cref="ArmResource"/>, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
        public string? ArmResourceType => ArmResource?.Name;

        public override string ToString() => DisplayName;
    }
}
