using System;
using System.Text;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Builds key-shaped test values at run time from a seed, so no key-shaped literal is committed (secret scanners
    /// would rightly flag one) while every run sees the same values.
    /// </summary>
    public static class FakeSecrets
    {
        /// <summary>A storage account key: 64 random bytes in base64 (88 characters).</summary>
        public static string StorageAccountKey(int seed = 1) => Convert.ToBase64String(Bytes(seed, 64));

        /// <summary>A SAS signature: 32 bytes in base64, URL-encoded as it appears in a query.</summary>
        public static string SasSignature(int seed = 2) =>
            Convert.ToBase64String(Bytes(seed, 32)).Replace("+", "%2B").Replace("/", "%2F").Replace("=", "%3D");

        /// <summary>A complete account SAS query (without the leading '?').</summary>
        public static string SasQuery(int seed = 2) =>
            "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + SasSignature(seed);

        public static string StorageConnectionString(string account = "contoso", int seed = 1) =>
            "DefaultEndpointsProtocol=https;AccountName=" + account + ";AccountKey=" + StorageAccountKey(seed) + ";EndpointSuffix=core.windows.net";

        /// <summary>A Service Bus / Event Hubs / Relay shared access key: 32 random bytes in base64 (44 characters).</summary>
        public static string SharedAccessKey(int seed = 3) => Convert.ToBase64String(Bytes(seed, 32));

        /// <summary>A Service Bus / Event Hubs connection string: <c>Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=...;SharedAccessKey=...</c>.</summary>
        public static string MessagingConnectionString(string ns = "contoso", string keyName = "RootManageSharedAccessKey", string? entityPath = null, int seed = 3) =>
            "Endpoint=sb://" + ns + ".servicebus.windows.net/;SharedAccessKeyName=" + keyName + ";SharedAccessKey=" + SharedAccessKey(seed)
            + (entityPath is null ? string.Empty : ";EntityPath=" + entityPath);

        /// <summary>A Service Bus / Event Hubs SAS token: <c>SharedAccessSignature sr=...&amp;sig=...&amp;se=...&amp;skn=...</c>.</summary>
        public static string MessagingSasToken(string ns = "contoso", string entity = "orders", string keyName = "Send", int seed = 4) =>
            "SharedAccessSignature sr=https%3A%2F%2F" + ns + ".servicebus.windows.net%2F" + entity + "&sig=" + SasSignature(seed) + "&se=1924992000&skn=" + keyName;

        /// <summary>A Cosmos DB account key: 64 random bytes in base64 (88 characters).</summary>
        public static string CosmosKey(int seed = 5) => Convert.ToBase64String(Bytes(seed, 64));

        /// <summary>A Cosmos DB connection string: <c>AccountEndpoint=https://{account}.documents.azure.com:443/;AccountKey=...;</c>.</summary>
        public static string CosmosConnectionString(string account = "contoso", int seed = 5) =>
            "AccountEndpoint=https://" + account + ".documents.azure.com:443/;AccountKey=" + CosmosKey(seed) + ";";

        private static byte[] Bytes(int seed, int count)
        {
            var random = new Random(seed);
            var bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }

        /// <summary>The redacted form the analyzers print: first four characters and the length.</summary>
        public static string Redacted(string secret) =>
            new StringBuilder("'").Append(secret, 0, 4).Append("\u2026' (").Append(secret.Length).Append(" characters)").ToString();
    }
}
