using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Cosmos
{
    /// <summary>A Cosmos DB account key found in code, with the account endpoint to use instead when it is known.</summary>
    /// <param name="Key">The key: only ever shown through <see cref="SecretRedaction"/>.</param>
    /// <param name="AccountEndpoint">The endpoint as written, e.g. <c>https://contoso.documents.azure.com:443/</c>.</param>
    public sealed record CosmosSecret(string Key, string? AccountEndpoint)
    {
        /// <summary>The first label of the endpoint's host: the account name.</summary>
        public string? AccountName => CosmosSecretDetector.AccountNameOf(AccountEndpoint);

        /// <summary>Never the secret (a record prints every member): its redacted form.</summary>
        public override string ToString() => nameof(CosmosSecret) + " " + SecretRedaction.Redact(Key);
    }

    /// <summary>
    /// Recognises Cosmos DB keys: <c>AccountEndpoint=...;AccountKey=...</c> connection strings, and keys given where the
    /// SDK expects one. The emulator's published key is not a secret. Pure string work, linear, never throws.
    /// </summary>
    public static class CosmosSecretDetector
    {
        /// <summary>The per-literal pre-filter: most literals fail the length or '=' check without scanning.</summary>
        public static bool MightContainSecret(string text) =>
            text.Length >= 16
            && text.IndexOf('=') >= 0
            && text.IndexOf("AccountEndpoint", StringComparison.OrdinalIgnoreCase) >= 0
            && text.IndexOf("AccountKey", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The filter for parts of a concatenation or interpolation, which may be short.</summary>
        public static bool ContainsTriggerWord(string text) =>
            text.IndexOf('=') >= 0
            && (text.IndexOf("AccountEndpoint", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("AccountKey", StringComparison.OrdinalIgnoreCase) >= 0);

        public static CosmosSecret? Detect(string text)
        {
            var connectionString = ConnectionString.Parse(text);
            if (!connectionString.TryGet(out var endpoint, "AccountEndpoint") || !connectionString.TryGet(out var key, "AccountKey")
                || !IsAccountKey(key.Value))
            {
                return null;
            }

            return new CosmosSecret(key.Value, NormalizeEndpoint(endpoint.Value));
        }

        /// <summary>A key-shaped value that is not the emulator's published key.</summary>
        public static bool IsAccountKey(string value) =>
            KeyShapes.IsBase64Key(value) && !string.Equals(value, NonSecretClassifier.CosmosEmulatorKey, StringComparison.Ordinal);

        /// <summary>An absolute http(s) endpoint known at analysis time, as written; null otherwise.</summary>
        public static string? NormalizeEndpoint(string? endpoint)
        {
            if (endpoint is null || FoldedString.HasHole(endpoint))
            {
                return null;
            }

            var trimmed = endpoint.Trim();
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http") && uri.Host.Length > 0
                ? trimmed
                : null;
        }

        public static string? AccountNameOf(string? endpoint)
        {
            if (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            {
                return null;
            }

            var firstDot = uri.Host.IndexOf('.');
            return firstDot > 0 ? uri.Host.Substring(0, firstDot) : uri.Host;
        }
    }
}
