using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.AzureServices;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Cosmos;
using SecretlessAnalyzers.Databases;
using SecretlessAnalyzers.Messaging;
using SecretlessAnalyzers.Storage;
using SecretlessAnalyzers.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>The findings are records, and a record prints its members: every one that holds a secret prints it redacted.</summary>
    public class SecretRecordsTests
    {
        private const string Secret = "not-a-real-secret-but-long-enough-to-redact";

        public static IEnumerable<object[]> Findings() => new[]
        {
            new object[] { new KnownSecret("Kind", "Display", Secret, false, SecretHome.KeyVault) },
            new object[] { new StorageSecret(StorageSecretKind.AccountKey, Secret, "account", new Dictionary<string, string>()) },
            new object[] { new MessagingSecret(MessagingSecretKind.SharedAccessKey, Secret, "ns.servicebus.windows.net", null, "RootManageSharedAccessKey") },
            new object[] { new CosmosSecret(Secret, "https://account.documents.azure.com:443/") },
            new object[] { new AzureServiceSecret(AzureServiceKind.Redis, Secret, "cache.redis.cache.windows.net", null) },
            new object[] { new DatabaseSecret(Secret, "server", "db", DatabaseHostKind.AzureSql, false) },
            new object[] { new ValueSecret("Kind", Secret, null, "Storage", "Role") },
            new object[] { new ConfigurationValue("ConnectionStrings:Orders", Secret, new TextSpan(0, 1)) },
        };

        [Theory]
        [MemberData(nameof(Findings))]
        public void ToString_NeverPrintsTheSecret(object finding)
        {
            var text = finding.ToString()!;

            Assert.DoesNotContain(Secret, text);
            Assert.Contains("(" + Secret.Length + " characters)", text);
        }
    }
}
