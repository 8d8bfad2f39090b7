using SecretlessAnalyzers.Catalog;

namespace SecretlessAnalyzers.Common
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>. They reach SARIF logs and the code fixes;
    /// values never contain a secret, only names, endpoints and roles.
    /// </summary>
    public static class DiagnosticProperties
    {
        /// <summary>What kind of secret was found, e.g. <c>StorageAccountKey</c>.</summary>
        public const string SecretKind = "SecretKind";

        /// <summary>The Azure service's display name from the catalog (<see cref="AzureService.DisplayName"/>), e.g. <c>Storage</c>.</summary>
        public const string Service = "Service";

        /// <summary>The catalog id of the service (<see cref="AzureService.Id"/>), e.g. <c>CosmosDb</c>; absent when the catalog does not know it.</summary>
        public const string ServiceId = "ServiceId";

        /// <summary>The resource the secret unlocks: account, namespace, server or host.</summary>
        public const string Resource = "Resource";

        /// <summary>The least-privilege data-plane role the managed identity needs.</summary>
        public const string Role = "Role";

        /// <summary>How the secret reaches the SDK: see <see cref="SecretSinks"/>.</summary>
        public const string Sink = "Sink";

        /// <summary>
        /// The token credential the automatic fix writes first (<c>DefaultAzureCredential</c>, or
        /// <c>ManagedIdentityCredential</c> with <c>secretless.credential = managed_identity</c>); absent when there is no fix.
        /// </summary>
        public const string Credential = "Credential";

        /// <summary>Set when no safe automatic fix exists; the value says why.</summary>
        public const string FixBlocker = "FixBlocker";

        /// <summary>The configuration setting that holds the secret, e.g. <c>ConnectionStrings:Orders</c>.</summary>
        public const string ConfigurationKey = "ConfigurationKey";

        /// <summary>
        /// The part of the service the client works on, the catalog's <see cref="ClientType.Part"/> (<c>blob</c>,
        /// <c>queue</c>, <c>table</c>, <c>file</c>, <c>dfs</c> for storage; the client kind for messaging), SL2001: for
        /// storage it names the endpoint setting the fix reads (<c>&lt;Name&gt;:BlobServiceUri</c>...). Absent when the
        /// catalog gives none.
        /// </summary>
        public const string ClientPart = "ClientPart";

        /// <summary>Sets <see cref="ClientPart"/> from the catalog's client type (metadata name), when it has a part.</summary>
        public static void AddClientPart(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, string clientTypeMetadataName)
        {
            if (AzureCatalog.ServiceOfClientType(clientTypeMetadataName) is { Client.Part: { } part })
            {
                properties[ClientPart] = part;
            }
        }

        /// <summary>The queue, topic or event hub a messaging connection string names (its <c>EntityPath</c>).</summary>
        public const string EntityPath = "EntityPath";

        /// <summary>The methods the code calls on a client and on the clients derived from it, comma-separated (SL2001).</summary>
        public const string Operations = "Operations";

        /// <summary>
        /// Each role the identity needs with the narrowest part of the resource the code needs it on, as
        /// <c>role@scope</c> pairs joined with ';' (scope: a path below the resource's id such as
        /// <c>blobServices/default/containers/orders</c>, <c>entities/orders</c> for a Service Bus queue or topic,
        /// <c>dbs/shop/colls/orders</c> for Cosmos DB; empty for the whole resource).
        /// </summary>
        public const string Grants = "Grants";

        /// <summary>
        /// <see cref="Grants"/> with catalog role ids (<see cref="AzureRole.Id"/>) instead of role names:
        /// <c>roleId@scope;...</c>, e.g. <c>SqlDataReader@databases/orders</c>. A role text the catalog does not know is left out.
        /// </summary>
        public const string GrantIds = "GrantIds";

        /// <summary>Sets <see cref="Service"/> and, when the catalog knows the service by that name, <see cref="ServiceId"/>.</summary>
        public static void AddService(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, string? service)
        {
            properties[Service] = service;
            if (AzureCatalog.ServiceNamed(service) is { } known)
            {
                properties[ServiceId] = known.Id;
            }
        }

        /// <summary>
        /// Sets <see cref="Credential"/> when the finding reaches a client the fixes rewrite (constructor, registration,
        /// credential or declaration sink) and nothing blocks the fix.
        /// </summary>
        public static void AddFixCredential(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, string? blocker, string? sink, string credential)
        {
            if (blocker is null && sink is SecretSinks.ClientConstructor or SecretSinks.ClientRegistration or SecretSinks.Credential or SecretSinks.Declaration)
            {
                properties[Credential] = credential;
            }
        }

        /// <summary>Prefix of the per-service endpoints derived from a connection string (<c>Endpoint.blob</c>...).</summary>
        public const string EndpointPrefix = "Endpoint.";
    }

    /// <summary>Values of <see cref="DiagnosticProperties.Sink"/>.</summary>
    public static class SecretSinks
    {
        public const string ClientConstructor = "ClientConstructor";
        public const string ClientRegistration = "ClientRegistration";
        public const string Credential = "Credential";
        public const string Declaration = "Declaration";
        public const string LegacySdk = "LegacySdk";
        public const string Other = "Other";
    }

    /// <summary>Values of <see cref="DiagnosticProperties.FixBlocker"/>.</summary>
    public static class FixBlockers
    {
        public const string AzureIdentityMissing = "AzureIdentityMissing";
        public const string LegacySdk = "LegacySdk";
        public const string EndpointUnknown = "EndpointUnknown";
        public const string EntityUnknown = "EntityUnknown";

        /// <summary>The secret is the default value of a method, constructor or delegate parameter (<see cref="SecretCarriers"/>).</summary>
        public const string DefaultParameterValue = "DefaultParameterValue";

        /// <summary>The secret is the default value of a record's positional parameter (<see cref="SecretCarriers"/>).</summary>
        public const string RecordParameter = "RecordParameter";

        /// <summary>The secret is set in an options object's initializer, e.g. a proxy's <c>NetworkCredential</c> (<see cref="SecretCarriers"/>).</summary>
        public const string OptionsObject = "OptionsObject";

        /// <summary>The message note of a blocker every rule shares (Azure.Identity missing, where the secret sits); empty
        /// for any other. A rule's own notes come first, in its switch, and fall through to this one.</summary>
        public static string SharedNote(string? blocker) => blocker switch
        {
            AzureIdentityMissing => ". Add the Azure.Identity package to enable the automatic fix",
            DefaultParameterValue =>
                ". No rewrite: the secret is a default parameter value, which callers may rely on; pass the credential explicitly (or read the setting from configuration) and remove the default (offered as a fix when no caller relies on it)",
            RecordParameter =>
                ". No rewrite: the secret is the default of a record's positional parameter, which every construction may rely on; bind the record from configuration and remove the default (offered as a fix when no construction relies on it)",
            OptionsObject =>
                ". No automatic fix: the secret is set in an options object (a proxy's or a server's NetworkCredential), which has no managed-identity form; read it from Key Vault or configuration at run time",
            _ => string.Empty,
        };
    }
}
