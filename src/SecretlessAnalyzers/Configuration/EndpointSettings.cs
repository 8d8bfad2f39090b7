using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Cosmos;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Storage;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// One setting a client's token overload reads instead of a connection string: <c>&lt;Name&gt;:&lt;Kind&gt;</c>, the
    /// kind one of the catalog's <see cref="EndpointSettingNames"/> (<c>BlobServiceUri</c>, <c>FullyQualifiedNamespace</c>...).
    /// </summary>
    public sealed record EndpointSetting(string Kind);

    /// <summary>
    /// The settings SL2001's fix writes in place of a connection string (their last part, named once in the catalog's
    /// <see cref="EndpointSettingNames"/>, for the fix, the configuration-file edit and the report) and the value of each,
    /// derived from the connection string a configuration file holds.
    /// </summary>
    public static class EndpointSettings
    {
        /// <summary>Service Bus, Event Hubs: the namespace host, <c>{namespace}.servicebus.windows.net</c>.</summary>
        public const string FullyQualifiedNamespace = EndpointSettingNames.FullyQualifiedNamespace;

        /// <summary>Event Hubs: the event hub, the connection string's <c>EntityPath</c>.</summary>
        public const string EventHubName = EndpointSettingNames.EventHubName;

        /// <summary>Cosmos DB: the account endpoint, <c>https://{account}.documents.azure.com:443/</c>.</summary>
        public const string AccountEndpoint = EndpointSettingNames.AccountEndpoint;

        /// <summary>App Configuration: the store endpoint, <c>https://{store}.azconfig.io</c>.</summary>
        public const string Endpoint = EndpointSettingNames.Endpoint;

        /// <summary>
        /// The storage setting of the part of the account a client works on (the catalog's <c>ClientType.Part</c>):
        /// <c>BlobServiceUri</c> for <c>blob</c>, <c>QueueServiceUri</c> for <c>queue</c>...; null for another part or none.
        /// </summary>
        public static string? StorageServiceUri(string? part) =>
            part is null ? null : Services.Storage.Endpoint(part)?.Setting;

        /// <summary>
        /// The value of <paramref name="setting"/> for a client that read <paramref name="connectionString"/>; null when
        /// it cannot be derived: an empty value, a placeholder, a template, a Key Vault reference, a value that is not a
        /// connection string of that service, a development emulator or local host (token credentials do not reach
        /// them), or an endpoint that is not https.
        /// </summary>
        public static string? Derive(string connectionString, EndpointSetting setting)
        {
            var text = connectionString.Trim();
            if (text.Length == 0 || NonSecretClassifier.IsKeyVaultReference(text) || NonSecretClassifier.IsTemplate(text) || FoldedString.HasHole(text))
            {
                return null;
            }

            var parsed = ConnectionString.Parse(text);
            if (parsed.Entries.Count == 0 || string.Equals(parsed.GetValue("UseDevelopmentEmulator"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var value = Services.Storage.EndpointOfSetting(setting.Kind) is { Part: { } part }
                ? (StorageSecretDetector.EndpointsOf(text).TryGetValue(part, out var endpoint) ? HttpsEndpoint(endpoint) : null)
                : setting.Kind switch
                {
                    FullyQualifiedNamespace => MessagingSecretDetector.NamespaceOfEndpoint(parsed.GetValue("Endpoint")),
                    EventHubName => PlainValue(parsed.GetValue("EntityPath")),
                    AccountEndpoint => HttpsEndpoint(CosmosSecretDetector.NormalizeEndpoint(parsed.GetValue("AccountEndpoint"))),
                    Endpoint => Authority(parsed.GetValue("Endpoint")),
                    _ => null,
                };

            return value is null || (setting.Kind != EventHubName && LocalDevelopmentSecrets.IsLocalHost(value)) ? null : value;
        }

        private static string? HttpsEndpoint(string? endpoint) =>
            endpoint is not null && endpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? endpoint : null;

        /// <summary><c>https://store.azconfig.io/</c> gives <c>https://store.azconfig.io</c>.</summary>
        private static string? Authority(string? endpoint) =>
            endpoint is not null && Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
                ? uri.GetLeftPart(UriPartial.Authority)
                : null;

        private static string? PlainValue(string? value) =>
            string.IsNullOrWhiteSpace(value) || FoldedString.HasHole(value!) || NonSecretClassifier.IsTemplate(value!.Trim()) ? null : value!.Trim();
    }
}
