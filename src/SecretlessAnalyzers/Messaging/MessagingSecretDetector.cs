using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.Messaging
{
    public enum MessagingSecretKind
    {
        SharedAccessKey,
        SharedAccessSignature,
    }

    /// <summary>A Service Bus / Event Hubs / Relay secret: what it is, the namespace it unlocks, the policy and entity it names.</summary>
    /// <param name="Secret">The key or signature: only ever shown through <see cref="SecretRedaction"/>.</param>
    /// <param name="FullyQualifiedNamespace">The host of <c>Endpoint</c>, e.g. <c>contoso.servicebus.windows.net</c>.</param>
    /// <param name="EntityPath">The queue, topic or event hub of <c>EntityPath</c>.</param>
    /// <param name="KeyName">The shared access policy (<c>SharedAccessKeyName</c> or <c>skn</c>).</param>
    public sealed record MessagingSecret(MessagingSecretKind Kind, string Secret, string? FullyQualifiedNamespace, string? EntityPath, string? KeyName)
    {
        /// <summary>The policy every namespace is created with: Manage, Send and Listen on every entity.</summary>
        public const string RootPolicyName = "RootManageSharedAccessKey";


        public bool IsFullControlKey => string.Equals(KeyName, RootPolicyName, StringComparison.OrdinalIgnoreCase);

        public string KindDisplayName => Kind == MessagingSecretKind.SharedAccessKey ? "Shared access key" : "Shared access signature";

        /// <summary>Never the secret (a record prints every member): its redacted form.</summary>
        public override string ToString() => nameof(MessagingSecret) + " " + SecretRedaction.Redact(Secret);
    }

    /// <summary>
    /// Recognises Service Bus, Event Hubs and Relay secrets: connection strings with <c>SharedAccessKey=</c> or
    /// <c>SharedAccessSignature=</c>, and bare <c>SharedAccessSignature sr=...&amp;sig=...</c> tokens. Pure string work,
    /// linear in the input, no regular expressions.
    /// </summary>
    public static class MessagingSecretDetector
    {
        private const string TokenPrefix = "SharedAccessSignature ";

        /// <summary>The per-literal pre-filter: most literals fail the length or '=' check without scanning.</summary>
        public static bool MightContainSecret(string text) =>
            text.Length >= 16 && ContainsTriggerWord(text);

        /// <summary>The filter for parts of a concatenation or interpolation, which may be short.</summary>
        public static bool ContainsTriggerWord(string text) =>
            text.IndexOf('=') >= 0
            && (text.IndexOf("SharedAccessKey", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("SharedAccessSignature", StringComparison.OrdinalIgnoreCase) >= 0);

        public static MessagingSecret? Detect(string text)
        {
            var trimmed = text.Trim();
            return trimmed.StartsWith(TokenPrefix, StringComparison.OrdinalIgnoreCase)
                ? DetectToken(trimmed, null)
                : DetectInConnectionString(trimmed);
        }

        public static MessagingSecret? DetectInConnectionString(string text)
        {
            var connectionString = ConnectionString.Parse(text);
            if (connectionString.Entries.Count == 0
                || string.Equals(connectionString.GetValue("UseDevelopmentEmulator"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var fullyQualifiedNamespace = NamespaceOfEndpoint(connectionString.GetValue("Endpoint"));
            var entityPath = PlainValue(connectionString.GetValue("EntityPath"));
            var keyName = PlainValue(connectionString.GetValue("SharedAccessKeyName"));
            if (connectionString.TryGet(out var key, "SharedAccessKey"))
            {
                return KeyShapes.IsBase64Key(key.Value)
                    ? new MessagingSecret(MessagingSecretKind.SharedAccessKey, key.Value, fullyQualifiedNamespace, entityPath, keyName)
                    : null;
            }

            // A storage connection string has SharedAccessSignature= too (a bare "sv=...&sig=..."): SL1001 reports it.
            if (connectionString.TryGet(out var signature, "SharedAccessSignature")
                && signature.Value.TrimStart().StartsWith(TokenPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var token = DetectToken(signature.Value.Trim(), entityPath);
                return token is null
                    ? null
                    : new MessagingSecret(MessagingSecretKind.SharedAccessSignature, token.Secret, fullyQualifiedNamespace ?? token.FullyQualifiedNamespace, token.EntityPath, token.KeyName);
            }

            return null;
        }

        /// <summary><c>SharedAccessSignature sr=&lt;url-encoded resource&gt;&amp;sig=&lt;signature&gt;&amp;se=&lt;expiry&gt;&amp;skn=&lt;policy&gt;</c>.</summary>
        public static MessagingSecret? DetectToken(string token, string? entityPath)
        {
            var query = token.Substring(TokenPrefix.Length);
            var signature = QueryParameters.Get(query, "sig");
            var resource = QueryParameters.Get(query, "sr");
            if (signature is null || resource is null || !IsSignature(Uri.UnescapeDataString(signature)))
            {
                return null;
            }

            string? fullyQualifiedNamespace = null;
            if (Uri.TryCreate(Uri.UnescapeDataString(resource), UriKind.Absolute, out var resourceUri) && IsHostName(resourceUri.Host))
            {
                fullyQualifiedNamespace = resourceUri.Host;
                var path = resourceUri.AbsolutePath.Trim('/');
                if (entityPath is null && path.Length > 0 && !FoldedString.HasHole(path))
                {
                    entityPath = Uri.UnescapeDataString(path);
                }
            }

            return new MessagingSecret(MessagingSecretKind.SharedAccessSignature, signature, fullyQualifiedNamespace, entityPath, PlainValue(QueryParameters.Get(query, "skn")));
        }

        /// <summary><c>sb://contoso.servicebus.windows.net/</c> gives <c>contoso.servicebus.windows.net</c>; null when not a plain host.</summary>
        public static string? NamespaceOfEndpoint(string? endpoint)
        {
            if (endpoint is null || FoldedString.HasHole(endpoint))
            {
                return null;
            }

            var text = endpoint.Trim();
            if (text.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                text = "sb://" + text;
            }

            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsHostName(uri.Host) ? uri.Host : null;
        }

        private static bool IsSignature(string value) => value.Length >= 20 && !NonSecretClassifier.IsNonSecret(value);

        private static string? PlainValue(string? value) =>
            string.IsNullOrWhiteSpace(value) || FoldedString.HasHole(value!) ? null : value!.Trim();

        private static bool IsHostName(string host)
        {
            if (host.Length == 0)
            {
                return false;
            }

            foreach (var c in host)
            {
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
