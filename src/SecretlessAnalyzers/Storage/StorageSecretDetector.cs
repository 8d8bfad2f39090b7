using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Storage
{
    public enum StorageSecretKind
    {
        AccountKey,
        SharedAccessSignature,
    }

    /// <summary>A storage secret found in a value: what it is, which account it unlocks, and the endpoints to use instead.</summary>
    /// <param name="Secret">The secret itself: only ever shown through <see cref="SecretRedaction"/>.</param>
    /// <param name="Endpoints">Service (<c>blob</c>, <c>queue</c>, <c>table</c>, <c>file</c>, <c>dfs</c>) to endpoint without any SAS query.</param>
    public sealed record StorageSecret(StorageSecretKind Kind, string Secret, string? AccountName, IReadOnlyDictionary<string, string> Endpoints)
    {
        public string KindDisplayName => Kind == StorageSecretKind.AccountKey ? "Account key" : "Shared access signature";

        /// <summary>Never the secret (a record prints every member): its redacted form.</summary>
        public override string ToString() => nameof(StorageSecret) + " " + SecretRedaction.Redact(Secret);
    }

    /// <summary>
    /// Recognises storage account keys and SAS in connection strings, SAS URLs and bare SAS tokens. Pure string
    /// work, linear in the input, no regular expressions.
    /// </summary>
    public static class StorageSecretDetector
    {
        public static readonly string[] Services = { "blob", "queue", "table", "file", "dfs" };

        private const string DefaultEndpointSuffix = "core.windows.net";

        /// <summary>
        /// The per-literal pre-filter: true only for text that mentions an account key or a signature. Most literals
        /// fail the first two checks (length, '=') without scanning.
        /// </summary>
        public static bool MightContainSecret(string text) =>
            text.Length >= 16
            && text.IndexOf('=') >= 0
            && (text.IndexOf("AccountKey", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("sig=", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("SharedAccessSignature", StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary>Looks for a storage secret in a connection string, a SAS URL or a SAS token.</summary>
        public static StorageSecret? Detect(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return DetectSasUrl(trimmed);
            }

            return DetectInConnectionString(trimmed) ?? DetectSasToken(trimmed, requireVersion: true);
        }

        public static StorageSecret? DetectInConnectionString(string text)
        {
            var connectionString = ConnectionString.Parse(text);
            // AccountEndpoint marks a Cosmos DB connection string: SL1004 reports it.
            if (connectionString.Entries.Count == 0
                || connectionString.Has("AccountEndpoint")
                || string.Equals(connectionString.GetValue("UseDevelopmentStorage"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var accountName = connectionString.GetValue("AccountName");
            if (connectionString.TryGet(out var key, "AccountKey"))
            {
                if (!LooksLikeAccountKey(key.Value) || IsEmulatorKey(key.Value))
                {
                    return null;
                }

                return new StorageSecret(StorageSecretKind.AccountKey, key.Value, AccountNameOrHost(accountName, connectionString), DeriveEndpoints(connectionString, accountName));
            }

            if (connectionString.TryGet(out var sas, "SharedAccessSignature") && IsStorageConnectionString(connectionString))
            {
                var signature = GetSignature(sas.Value);
                if (signature is null)
                {
                    return null;
                }

                return new StorageSecret(StorageSecretKind.SharedAccessSignature, signature, AccountNameOrHost(accountName, connectionString), DeriveEndpoints(connectionString, accountName));
            }

            return null;
        }

        /// <summary>
        /// The endpoint of each service (<c>blob</c>, <c>queue</c>...) a storage connection string names, whatever its
        /// credential; empty for the development storage shortcut and for text that is not a storage connection string.
        /// </summary>
        public static IReadOnlyDictionary<string, string> EndpointsOf(string text)
        {
            var connectionString = ConnectionString.Parse(text);
            if (connectionString.Entries.Count == 0
                || connectionString.Has("AccountEndpoint")
                || string.Equals(connectionString.GetValue("UseDevelopmentStorage"), "true", StringComparison.OrdinalIgnoreCase)
                || !IsStorageConnectionString(connectionString))
            {
                return new Dictionary<string, string>();
            }

            return DeriveEndpoints(connectionString, connectionString.GetValue("AccountName"));
        }

        /// <summary>A URL to a storage service whose query carries a signed SAS.</summary>
        public static StorageSecret? DetectSasUrl(string url)
        {
            var queryStart = url.IndexOf('?');
            if (queryStart < 0 || !Uri.TryCreate(url.Substring(0, queryStart), UriKind.Absolute, out var baseUri))
            {
                return null;
            }

            var signature = GetSignature(url.Substring(queryStart + 1));
            if (signature is null || !HasSasVersionOrExpiry(url.Substring(queryStart + 1)))
            {
                return null;
            }

            var host = baseUri.Host;
            var firstDot = host.IndexOf('.');
            var account = firstDot > 0 ? host.Substring(0, firstDot) : null;
            var endpoints = new Dictionary<string, string>(StringComparer.Ordinal);
            var service = ServiceOfHost(host);
            if (service is not null)
            {
                endpoints[service] = url.Substring(0, queryStart).TrimEnd('/');
            }

            return new StorageSecret(StorageSecretKind.SharedAccessSignature, signature, account, endpoints);
        }

        /// <summary>A bare SAS token (<c>sv=...&amp;sig=...</c>), as given to <c>AzureSasCredential</c>.</summary>
        public static StorageSecret? DetectSasToken(string token, bool requireVersion)
        {
            var signature = GetSignature(token);
            if (signature is null || (requireVersion && !HasSasVersionOrExpiry(token)) || HasParameter(token, "skn"))
            {
                // "skn" names a Service Bus / Event Hubs policy: not a storage SAS.
                return null;
            }

            return new StorageSecret(StorageSecretKind.SharedAccessSignature, signature, null, new Dictionary<string, string>());
        }

        /// <summary>An account key is base64 (64 bytes: 88 characters); see <see cref="KeyShapes.IsBase64Key"/>.</summary>
        public static bool LooksLikeAccountKey(string value) => KeyShapes.IsBase64Key(value);

        public static bool IsEmulatorKey(string value) =>
            string.Equals(value, NonSecretClassifier.StorageEmulatorKey, StringComparison.Ordinal);

        private static bool IsStorageConnectionString(ConnectionString connectionString) =>
            connectionString.Has("AccountName") || connectionString.Has("BlobEndpoint") || connectionString.Has("QueueEndpoint")
            || connectionString.Has("TableEndpoint") || connectionString.Has("FileEndpoint");

        /// <summary>The <c>sig</c> parameter of a SAS query when it holds a real signature, else null.</summary>
        private static string? GetSignature(string query)
        {
            var value = GetParameter(query, "sig");
            if (value is null)
            {
                return null;
            }

            var decoded = value.Replace("%2B", "+").Replace("%2b", "+").Replace("%2F", "/").Replace("%2f", "/").Replace("%3D", "=").Replace("%3d", "=");
            return decoded.Length >= 20 && !NonSecretClassifier.IsNonSecret(decoded) ? value : null;
        }

        private static bool HasSasVersionOrExpiry(string query) =>
            HasParameter(query, "sv") || HasParameter(query, "se") || HasParameter(query, "skoid");

        private static bool HasParameter(string query, string name) => GetParameter(query, name) is not null;

        private static string? GetParameter(string query, string name) => QueryParameters.Get(query, name);

        private static string? AccountNameOrHost(string? accountName, ConnectionString connectionString)
        {
            if (!string.IsNullOrEmpty(accountName))
            {
                return accountName;
            }

            foreach (var service in Services)
            {
                var endpoint = connectionString.GetValue(EndpointKey(service));
                if (endpoint is not null && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
                {
                    var firstDot = uri.Host.IndexOf('.');
                    return firstDot > 0 ? uri.Host.Substring(0, firstDot) : uri.Host;
                }
            }

            return null;
        }

        /// <summary>
        /// The endpoint of each service: an explicit <c>BlobEndpoint=</c>-style value (without its query), else
        /// <c>{DefaultEndpointsProtocol}://{AccountName}.{service}.{EndpointSuffix}</c>.
        /// </summary>
        private static IReadOnlyDictionary<string, string> DeriveEndpoints(ConnectionString connectionString, string? accountName)
        {
            var endpoints = new Dictionary<string, string>(StringComparer.Ordinal);
            var protocol = connectionString.GetValue("DefaultEndpointsProtocol");
            if (string.IsNullOrEmpty(protocol))
            {
                protocol = "https";
            }

            var suffix = connectionString.GetValue("EndpointSuffix");
            if (string.IsNullOrEmpty(suffix))
            {
                suffix = DefaultEndpointSuffix;
            }

            var canDerive = IsValidAccountName(accountName) && IsPlainHostPart(suffix!) && (protocol == "https" || protocol == "http");
            foreach (var service in Services)
            {
                var explicitEndpoint = service == "dfs" ? null : connectionString.GetValue(EndpointKey(service));
                string? endpoint = null;
                if (!string.IsNullOrEmpty(explicitEndpoint))
                {
                    endpoint = NormalizeEndpoint(explicitEndpoint!);
                }
                else if (canDerive)
                {
                    endpoint = protocol + "://" + accountName + "." + service + "." + suffix;
                }

                if (endpoint is not null)
                {
                    endpoints[service] = endpoint;
                }
            }

            return endpoints;
        }

        private static string EndpointKey(string service) => char.ToUpperInvariant(service[0]) + service.Substring(1) + "Endpoint";

        private static string? NormalizeEndpoint(string endpoint)
        {
            var queryStart = endpoint.IndexOf('?');
            var withoutQuery = queryStart >= 0 ? endpoint.Substring(0, queryStart) : endpoint;
            if (FoldedString.HasHole(withoutQuery) || !Uri.TryCreate(withoutQuery, UriKind.Absolute, out var uri)
                || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                return null;
            }

            return withoutQuery.TrimEnd('/');
        }

        private static string? ServiceOfHost(string host)
        {
            // contoso.blob.core.windows.net -> blob
            var firstDot = host.IndexOf('.');
            if (firstDot < 0)
            {
                return null;
            }

            var secondDot = host.IndexOf('.', firstDot + 1);
            var label = secondDot < 0 ? null : host.Substring(firstDot + 1, secondDot - firstDot - 1);
            foreach (var service in Services)
            {
                if (string.Equals(label, service, StringComparison.OrdinalIgnoreCase))
                {
                    return service;
                }
            }

            return null;
        }

        /// <summary>Storage account names are 3-24 lowercase letters and digits.</summary>
        private static bool IsValidAccountName(string? name)
        {
            if (name is null || name.Length < 3 || name.Length > 24)
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPlainHostPart(string suffix)
        {
            foreach (var c in suffix)
            {
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-'))
                {
                    return false;
                }
            }

            return suffix.Length > 0;
        }
    }
}
