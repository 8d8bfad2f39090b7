namespace SecretlessAnalyzers.Usage
{
    /// <summary>The least-privilege data-plane role a managed identity needs for a client that used a key.</summary>
    public static class ClientRoles
    {
        public const string Unknown = "the data-plane role of the service that uses it";

        // Namespace prefixes, most specific first.
        private static readonly (string Namespace, string Role)[] RolesByNamespace =
        {
            ("Azure.Search.Documents.Indexes", "Search Service Contributor"),
            ("Azure.Search.Documents", "Search Index Data Reader (Search Index Data Contributor to change documents)"),
            ("Azure.AI.OpenAI", "Cognitive Services OpenAI User"),
            ("Azure.AI", "Cognitive Services User"),
            ("Azure.Messaging.EventGrid", "EventGrid Data Sender"),
            ("Azure.Messaging.WebPubSub", "Web PubSub Service Owner"),
            ("Azure.Maps", "Azure Maps Data Reader"),
            ("Azure.Data.AppConfiguration", "App Configuration Data Reader (App Configuration Data Owner to write)"),
        };

        /// <summary>
        /// The service (a <c>KnownClient.Service</c>) of a client whose role depends on what the code calls on it: the
        /// Azure AI Search clients and App Configuration's <c>ConfigurationClient</c>; null for any other client.
        /// </summary>
        public static string? UsageDependentService(INamedTypeSymbol? client) =>
            client?.ContainingNamespace?.ToDisplayString() switch
            {
                "Azure.Search.Documents" when client.Name == "SearchClient" => UsageRoles.Search,
                "Azure.Search.Documents.Indexes" when client.Name == "SearchIndexClient" => UsageRoles.Search,
                "Azure.Data.AppConfiguration" when client.Name == "ConfigurationClient" => "App Configuration",
                _ => null,
            };

        public static string For(INamedTypeSymbol? client)
        {
            var ns = client?.ContainingNamespace?.ToDisplayString();
            if (ns is null)
            {
                return Unknown;
            }

            foreach (var (prefix, role) in RolesByNamespace)
            {
                if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    return role;
                }
            }

            return Unknown;
        }
    }
}
