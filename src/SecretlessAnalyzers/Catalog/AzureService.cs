#nullable enable

using System;
using System.Collections.Generic;

namespace SecretlessAnalyzers.Catalog
{
    /// <summary>One endpoint of a service: <c>https://{name}.blob.core.windows.net</c> for the <c>blob</c> part of a storage account.</summary>
    /// <param name="Part">The part of the service (<c>blob</c>, <c>queue</c>...), null when the service has one endpoint.</param>
    /// <param name="Template">The endpoint with <c>{name}</c> for the resource name (and <c>{region}</c> where Azure puts one).</param>
    public sealed record ServiceEndpoint(string? Part, string Template)
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

        /// <summary>The name of <see cref="ArmResource"/>, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
        public string? ArmResourceType => ArmResource?.Name;

        public override string ToString() => DisplayName;
    }
}
