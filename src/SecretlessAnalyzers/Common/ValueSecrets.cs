using SecretlessAnalyzers.Storage;

namespace SecretlessAnalyzers.Common
{
    /// <summary>A secret recognised in a bare value (a configuration setting), with what it unlocks and the role to use instead.</summary>
    public sealed class ValueSecret
    {
        public ValueSecret(string kind, string secret, string? resource, string service, string role)
        {
            Kind = kind;
            Secret = secret;
            Resource = resource;
            Service = service;
            Role = role;
        }

        /// <summary>Display name, e.g. "Storage account key".</summary>
        public string Kind { get; }

        /// <summary>Only ever shown through <see cref="SecretRedaction"/>.</summary>
        public string Secret { get; }

        public string? Resource { get; }

        public string Service { get; }

        public string Role { get; }
    }

    /// <summary>
    /// Every family's pure-text detector behind one call, so configuration files are judged by exactly the same rules
    /// as code. Each detector starts with its own cheap pre-filter.
    /// </summary>
    public static class ValueSecretDetectors
    {
        public static ValueSecret? Detect(string value)
        {
            if (value.Length < 8 || NonSecretClassifier.IsKeyVaultReference(value.Trim()))
            {
                return null;
            }

            if (StorageSecretDetector.MightContainSecret(value) && StorageSecretDetector.Detect(value) is { } storage)
            {
                var kind = storage.Kind == StorageSecretKind.AccountKey ? "Storage account key" : "Storage shared access signature";
                return new ValueSecret(kind, storage.Secret, storage.AccountName, "Storage", StorageSymbols.RoleForService(null));
            }

            return null;
        }
    }
}
