#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>One endpoint of a service: <c>https://{name}.blob.core.windows.net</c> for the <c>blob</c> part of a storage account.</summary>
    public sealed class ServiceEndpoint
    {
        internal ServiceEndpoint(string? part, string template)
        {
            Part = part;
            Template = template;
        }

        /// <summary>The part of the service (<c>blob</c>, <c>queue</c>...), null when the service has one endpoint.</summary>
        public string? Part { get; }

        /// <summary>The endpoint with <c>{name}</c> for the resource name (and <c>{region}</c> where Azure puts one).</summary>
        public string Template { get; }

        /// <summary>The endpoint of the resource <paramref name="name"/>.</summary>
        public string For(string name) => Template.Replace("{name}", name);
    }

    /// <summary>
    /// A part of a resource a role can be granted on, written as the path below the resource's ARM id:
    /// <c>blobServices/default/containers/{name}</c>. Diagnostic <c>Grants</c> scopes start with <see cref="Prefix"/>.
    /// </summary>
    public sealed class ResourceScope
    {
        internal ResourceScope(string part, string prefix)
        {
            Part = part;
            Prefix = prefix;
        }

        /// <summary>What the part is: <c>container</c>, <c>queue</c>, <c>entity</c>, <c>database</c>...</summary>
        public string Part { get; }

        /// <summary>The path up to the part's name, e.g. <c>blobServices/default/containers/</c>.</summary>
        public string Prefix { get; }

        /// <summary>The scope of the part named <paramref name="name"/>.</summary>
        public string For(string name) => Prefix + name;
    }

    /// <summary>An SDK client type of a service, by metadata name, and the part of the service it works on.</summary>
    public sealed class ClientType
    {
        internal ClientType(string metadataName, string? part)
        {
            MetadataName = metadataName;
            Part = part;
        }

        /// <summary>E.g. <c>Azure.Storage.Blobs.BlobServiceClient</c>.</summary>
        public string MetadataName { get; }

        /// <summary>The part of the service (<c>blob</c>, <c>queue</c>...; the messaging client kind), or null.</summary>
        public string? Part { get; }
    }

    /// <summary>An Azure service: how the code reaches it, how key access ends, and how an identity is granted access.</summary>
    public sealed class AzureService
    {
        internal AzureService(
            string id,
            string displayName,
            string resourceName,
            GrantKind grantKind,
            string? armResourceType,
            string? tokenScope,
            string localAuthSwitch,
            string? defaultRoleId,
            ServiceEndpoint[] endpoints,
            ResourceScope[] scopes,
            ClientType[] clientTypes,
            string[] sdkNamespaces)
        {
            Id = id;
            DisplayName = displayName;
            ResourceName = resourceName;
            GrantKind = grantKind;
            ArmResourceType = armResourceType;
            TokenScope = tokenScope;
            LocalAuthSwitch = localAuthSwitch;
            DefaultRoleId = defaultRoleId;
            Endpoints = endpoints;
            Scopes = scopes;
            ClientTypes = clientTypes;
            SdkNamespaces = sdkNamespaces;
        }

        /// <summary>Stable id, e.g. <c>Storage</c>: the <c>ServiceId</c> diagnostic property.</summary>
        public string Id { get; }

        /// <summary>The one name messages, the <c>Service</c> property, docs and the report use.</summary>
        public string DisplayName { get; }

        /// <summary>What one resource of the service is called in messages and the report: <c>Storage account</c>, <c>App Configuration store</c>.</summary>
        public string ResourceName { get; }

        public GrantKind GrantKind { get; }

        /// <summary>The ARM resource type role assignments are scoped to, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
        public string? ArmResourceType { get; }

        /// <summary>The token scope the SDK asks Microsoft Entra ID for (<c>{name}</c> where it names the resource).</summary>
        public string? TokenScope { get; }

        /// <summary>The resource setting that ends key access once every client uses tokens, e.g. <c>allowSharedKeyAccess: false</c>.</summary>
        public string LocalAuthSwitch { get; }

        /// <summary>The role a client of the service needs when nothing is known of what the code does with it.</summary>
        public string? DefaultRoleId { get; }

        public IReadOnlyList<ServiceEndpoint> Endpoints { get; }

        /// <summary>The parts of a resource a role can be granted on (empty: the whole resource only).</summary>
        public IReadOnlyList<ResourceScope> Scopes { get; }

        /// <summary>The SDK client types (metadata names) the rules recognise for this service.</summary>
        public IReadOnlyList<ClientType> ClientTypes { get; }

        /// <summary>The SDK namespaces of the service's clients (also the retired SDKs'), for clients the rules know by namespace only.</summary>
        public IReadOnlyList<string> SdkNamespaces { get; }

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

        public override string ToString() => DisplayName;
    }
}
