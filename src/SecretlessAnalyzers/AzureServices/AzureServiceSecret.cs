using System;
using System.Text;
using SecretlessAnalyzers.Catalog;
using SecretlessAnalyzers.Common;

namespace SecretlessAnalyzers.AzureServices
{
    public enum AzureServiceKind
    {
        Redis,
        AppConfiguration,
        SignalR,
        WebPubSub,
        EventGrid,
    }

    /// <summary>A secret in the connection string of Azure Cache for Redis, App Configuration, SignalR, Web PubSub or Event Grid.</summary>
    public sealed class AzureServiceSecret
    {
        public AzureServiceSecret(AzureServiceKind kind, string secret, string host, string? endpoint)
        {
            Kind = kind;
            Secret = secret;
            Host = host;
            Endpoint = endpoint;
        }

        public AzureServiceKind Kind { get; }

        /// <summary>The secret itself: only ever shown through <see cref="SecretRedaction"/>.</summary>
        public string Secret { get; }

        /// <summary>The host name of the resource.</summary>
        public string Host { get; }

        /// <summary>The endpoint a token-credential overload takes (<c>https://store.azconfig.io</c>); null for Redis.</summary>
        public string? Endpoint { get; }

        /// <summary>The resource name: the first label of the host.</summary>
        public string ResourceName
        {
            get
            {
                var dot = Host.IndexOf('.');
                return dot > 0 ? Host.Substring(0, dot) : Host;
            }
        }

        public string SecretDisplayName => Kind switch
        {
            AzureServiceKind.Redis => "Access key (password)",
            AzureServiceKind.AppConfiguration => "Access key secret",
            _ => "Access key",
        };

        /// <summary>The catalog service of the secret.</summary>
        public AzureService Service => Kind switch
        {
            AzureServiceKind.Redis => Services.Redis,
            AzureServiceKind.AppConfiguration => Services.AppConfiguration,
            AzureServiceKind.SignalR => Services.SignalR,
            AzureServiceKind.WebPubSub => Services.WebPubSub,
            _ => Services.EventGrid,
        };

        /// <summary>What the resource is called in the message: <c>App Configuration store</c>, <c>Event Grid topic</c>...</summary>
        public string ServiceDisplayName => Service.ResourceName;

        /// <summary>The least-privilege data-plane role (for Redis, the data access policy) the identity needs.</summary>
        public string Role => Kind switch
        {
            AzureServiceKind.Redis => Roles.RedisDataContributor.Name + " (Redis data access policy)",
            AzureServiceKind.AppConfiguration => AzureCatalog.ReaderOrWriter(Roles.AppConfigurationDataReader, Roles.AppConfigurationDataOwner),
            _ => AzureCatalog.Role(Service.DefaultRoleId)!.Name,
        };
    }

    /// <summary>
    /// Recognises the secrets of the Azure services whose connection strings are not storage, messaging or database
    /// ones. Pure string work, linear, total over any input.
    /// </summary>
    public static class AzureServiceConnectionStrings
    {
        private const int MinimumSecretLength = 16;

        private static readonly string[] RedisSuffixes =
        {
            ".redis.cache.windows.net", ".redis.azure.net", ".redisenterprise.cache.azure.net", ".redis.cache.chinacloudapi.cn", ".redis.cache.usgovcloudapi.net",
        };

        private static readonly (string Suffix, AzureServiceKind Kind)[] EndpointSuffixes =
        {
            (".azconfig.io", AzureServiceKind.AppConfiguration),
            (".azconfig.azure.cn", AzureServiceKind.AppConfiguration),
            (".azconfig.azure.us", AzureServiceKind.AppConfiguration),
            (".service.signalr.net", AzureServiceKind.SignalR),
            (".signalr.azure.cn", AzureServiceKind.SignalR),
            (".signalr.azure.us", AzureServiceKind.SignalR),
            (".webpubsub.azure.com", AzureServiceKind.WebPubSub),
            (".webpubsub.azure.cn", AzureServiceKind.WebPubSub),
            (".webpubsub.azure.us", AzureServiceKind.WebPubSub),
            (".eventgrid.azure.net", AzureServiceKind.EventGrid),
            (".eventgrid.azure.cn", AzureServiceKind.EventGrid),
            (".eventgrid.azure.us", AzureServiceKind.EventGrid),
        };

        private static readonly string[] EventGridKeyNames = { "Key", "AccessKey", "SharedAccessKey", "TopicKey", "aeg-sas-key", "SasKey" };

        /// <summary>The per-part pre-filter: an '=' and a secret keyword (spaces may stand between them).</summary>
        public static bool MightContainSecret(string text) =>
            text.IndexOf('=') >= 0
            && (text.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("secret", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("key", StringComparison.OrdinalIgnoreCase) >= 0);

        public static AzureServiceSecret? Detect(string text)
        {
            if (text.IndexOf(".redis", StringComparison.OrdinalIgnoreCase) >= 0 && text.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                var redis = DetectRedis(text);
                if (redis is not null)
                {
                    return redis;
                }
            }

            var connectionString = ConnectionString.Parse(text);
            var endpoint = connectionString.GetValue("Endpoint");
            if (endpoint is null || FoldedString.HasHole(endpoint) || !Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri))
            {
                return null;
            }

            var host = uri.Host.ToLowerInvariant();
            foreach (var (suffix, kind) in EndpointSuffixes)
            {
                if (!host.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var secret = kind switch
                {
                    AzureServiceKind.AppConfiguration => connectionString.GetValue("Secret"),
                    AzureServiceKind.EventGrid => connectionString.GetValue(EventGridKeyNames),
                    _ => connectionString.GetValue("AccessKey"),
                };
                if (!IsSecret(secret))
                {
                    return null;
                }

                // Event Grid publishes to the full topic URL; the others take the service root.
                var target = kind == AzureServiceKind.EventGrid ? endpoint.Trim() : uri.GetLeftPart(UriPartial.Authority);
                return new AzureServiceSecret(kind, secret!, host, target);
            }

            return null;
        }

        /// <summary>
        /// A StackExchange.Redis configuration: <c>host:port,password=...,ssl=True</c>. The first endpoint must be an
        /// Azure Cache for Redis / Azure Managed Redis host.
        /// </summary>
        public static AzureServiceSecret? DetectRedis(string text)
        {
            string? host = null;
            string? password = null;
            foreach (var item in text.Split(','))
            {
                var part = item.Trim();
                var equals = part.IndexOf('=');
                if (equals < 0)
                {
                    if (host is null && part.Length > 0)
                    {
                        var colon = part.LastIndexOf(':');
                        host = (colon > 0 ? part.Substring(0, colon) : part).ToLowerInvariant();
                    }
                }
                else if (string.Equals(part.Substring(0, equals).Trim(), "password", StringComparison.OrdinalIgnoreCase))
                {
                    password = part.Substring(equals + 1).Trim();
                }
            }

            if (host is null || !IsSecret(password) || !EndsWithAny(host, RedisSuffixes))
            {
                return null;
            }

            return new AzureServiceSecret(AzureServiceKind.Redis, password!, host, endpoint: null);
        }

        /// <summary>The Redis configuration without <c>password=</c> and <c>user=</c>: the token supplies both.</summary>
        public static string RedisWithoutPassword(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var item in text.Split(','))
            {
                var equals = item.IndexOf('=');
                var key = equals < 0 ? null : item.Substring(0, equals).Trim();
                if (string.Equals(key, "password", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "user", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(',');
                }

                builder.Append(item);
            }

            return builder.ToString();
        }

        private static bool IsSecret(string? value) =>
            value is not null && value.Length >= MinimumSecretLength && !NonSecretClassifier.IsNonSecret(value);

        private static bool EndsWithAny(string host, string[] suffixes)
        {
            foreach (var suffix in suffixes)
            {
                if (host.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
