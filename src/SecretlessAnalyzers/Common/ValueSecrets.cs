using System;
using System.Collections.Immutable;
using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Cosmos;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Tokens;

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
        /// <summary>The secret in a configuration value, judged by every code rule's detector; null for a non-secret.</summary>
        /// <param name="key">The setting's path (<c>ConnectionStrings:Orders</c>): a secret-like value under a
        /// secret-named key (<c>Smtp:Password</c>) is a secret even without a recognisable format.</param>
        public static ValueSecret? Detect(string value, string? key = null)
        {
            if (value.Length < 8 || NonSecretClassifier.IsKeyVaultReference(value.Trim()))
            {
                return null;
            }

            return DetectConnectionString(value) ?? DetectKnownFormat(value) ?? DetectSecretNamed(value, key);
        }

        private static ValueSecret? DetectConnectionString(string value)
        {
            if (value.IndexOf('=') < 0)
            {
                return null;
            }

            if (CosmosSecretDetector.MightContainSecret(value) && CosmosSecretDetector.Detect(value) is { } cosmos)
            {
                return new ValueSecret("Cosmos DB account key", cosmos.Key, cosmos.AccountName, Services.CosmosDb.DisplayName, CosmosSymbols.ContributorRole);
            }

            if (StorageSecretDetector.MightContainSecret(value) && StorageSecretDetector.Detect(value) is { } storage)
            {
                var kind = storage.Kind == StorageSecretKind.AccountKey ? "Storage account key" : "Storage shared access signature";
                return new ValueSecret(kind, storage.Secret, storage.AccountName, Services.Storage.DisplayName, StorageSymbols.RoleForService(null));
            }

            if (MessagingSecretDetector.MightContainSecret(value) && MessagingSecretDetector.Detect(value) is { } messaging)
            {
                var kind = (messaging.IsFullControlKey ? "Full-control " : string.Empty) + Services.Messaging.DisplayName + " " + messaging.KindDisplayName.ToLowerInvariant();
                return new ValueSecret(kind, messaging.Secret, messaging.FullyQualifiedNamespace, Services.Messaging.DisplayName, MessagingClients.RoleFor(null));
            }

            if (DatabaseConnectionStrings.MightContainPassword(value) && DatabaseConnectionStrings.Detect(value) is { } database)
            {
                var role = DatabasePasswordAnalyzer.RoleFor(database.HostKind) ?? "a database login for the identity (or integrated authentication)";
                // A server on Azure is named as SL1003 names it (Azure SQL...), so the report writes its own grant form.
                return new ValueSecret("Database " + database.KindDisplayName.ToLowerInvariant(), database.Password, database.Server, DatabasePasswordAnalyzer.ServiceFor(database.HostKind)?.DisplayName ?? "Database", role);
            }

            if (AzureServiceConnectionStrings.MightContainSecret(value) && AzureServiceConnectionStrings.Detect(value) is { } service)
            {
                return new ValueSecret(service.Service.DisplayName + " access key", service.Secret, service.Host, service.Service.DisplayName, service.Role);
            }

            return null;
        }

        private static ValueSecret? DetectKnownFormat(string value) =>
            KnownSecretDetector.Detect(value) is { } known && !ConnectionStringAnchors.HasSecretKeyword(value)
                ? new ValueSecret(
                    known.DisplayName,
                    known.Secret,
                    null,
                    AzureCatalog.ServiceOfSecretKind(known.Kind)?.DisplayName ?? known.Kind,
                    "the role of the service it unlocks (see the rule page)")
                : null;

        private static ValueSecret? DetectSecretNamed(string value, string? key)
        {
            if (key is null)
            {
                return null;
            }

            // The last segment names the setting: Smtp:Password, Values:ApiKey.
            var name = key.Substring(key.LastIndexOf(':') + 1);
            var words = SecretlessOptions.DefaultSecretWords;
            return SecretNames.MatchSecretWord(name, words) is not null
                && !name.EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase)
                && SecretNames.LooksLikeSecret(value, SecretlessOptions.DefaultMinEntropy, words)
                ? new ValueSecret("Secret-named setting", value, null, "Unknown", "the role of the service it unlocks")
                : null;
        }    }
}
