using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>The pure-text detector of SL1010: every format, checksums valid and corrupted, non-secrets, robustness.</summary>
    public class KnownSecretDetectorTests
    {
        public static IEnumerable<object[]> ChecksumKeys() => new[]
        {
            new object[] { "storage", "AzureStorageAccountKey" },
            new object[] { "cosmos", "AzureCosmosDBKey" },
            new object[] { "servicebus", "AzureServiceBusKey" },
            new object[] { "eventhubs", "AzureEventHubsKey" },
            new object[] { "relay", "AzureRelayKey" },
            new object[] { "redis", "AzureCacheForRedisKey" },
            new object[] { "eventgrid", "AzureEventGridKey" },
            new object[] { "apim", "AzureApiManagementKey" },
            new object[] { "functions", "AzureFunctionsKey" },
            new object[] { "search", "AzureSearchKey" },
            new object[] { "acr", "AzureContainerRegistryKey" },
            new object[] { "batch", "AzureBatchKey" },
            new object[] { "openai", "AzureOpenAIKey" },
            new object[] { "aiservices", "AzureAIServicesKey" },
            new object[] { "appconfig", "AzureAppConfigurationKey" },
            new object[] { "entra", "EntraClientSecret" },
        };

        public static string KeyFor(string name, int seed = 1) => name switch
        {
            "storage" => FakeTokens.StorageKey(seed),
            "cosmos" => FakeTokens.CosmosKey(seed),
            "servicebus" => FakeTokens.ServiceBusKey(seed),
            "eventhubs" => FakeTokens.EventHubsKey(seed),
            "relay" => FakeTokens.RelayKey(seed),
            "redis" => FakeTokens.RedisKey(seed),
            "eventgrid" => FakeTokens.EventGridKey(seed),
            "apim" => FakeTokens.ApimKey(seed),
            "functions" => FakeTokens.FunctionsKey(seed),
            "search" => FakeTokens.SearchKey(seed),
            "acr" => FakeTokens.ContainerRegistryKey(seed),
            "batch" => FakeTokens.BatchKey(seed),
            "openai" => FakeTokens.CommonAnnotatedKey("ACOG", 'B', seed),
            "aiservices" => FakeTokens.CommonAnnotatedKey("ACOG", 'A', seed),
            "appconfig" => FakeTokens.CommonAnnotatedKey("AZAC", 'A', seed),
            "entra" => FakeTokens.EntraSecret(seed),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        [Theory]
        [MemberData(nameof(ChecksumKeys))]
        public void ChecksumValidKey_IsRecognisedAndVerified(string name, string kind)
        {
            var key = KeyFor(name);
            var found = KnownSecretDetector.Detect(key);

            Assert.NotNull(found);
            Assert.Equal(kind, found!.Kind);
            Assert.True(found.ChecksumVerified);
            Assert.Equal(key, found.Secret);
        }

        [Theory]
        [MemberData(nameof(ChecksumKeys))]
        public void ChecksumValidKey_IsFoundInsideText(string name, string kind)
        {
            var key = KeyFor(name, seed: 2);
            var found = KnownSecretDetector.Detect("client.Authenticate(\"" + key + "\"); // added for the demo");

            Assert.Equal(kind, found?.Kind);
        }

        [Theory]
        [MemberData(nameof(ChecksumKeys))]
        public void CorruptedKey_FailsTheChecksum_AndIsNotReported(string name, string kind)
        {
            _ = kind;
            var key = KeyFor(name, seed: 3);
            Assert.NotNull(KnownSecretDetector.Detect(key));

            // One changed character in the random part: the same shape, a wrong checksum.
            Assert.Null(KnownSecretDetector.Detect(FakeTokens.Corrupt(key, index: 10)));
            Assert.Null(KnownSecretDetector.Detect(FakeTokens.Corrupt(key, index: 20)));
        }

        [Fact]
        public void EveryKeyOfAFormat_WithAnotherSeed_IsVerified()
        {
            for (var seed = 10; seed < 40; seed++)
            {
                Assert.True(KnownSecretDetector.Detect(FakeTokens.StorageKey(seed))?.ChecksumVerified);
                Assert.True(KnownSecretDetector.Detect(FakeTokens.ServiceBusKey(seed))?.ChecksumVerified);
                Assert.True(KnownSecretDetector.Detect(FakeTokens.EntraSecret(seed))?.ChecksumVerified);
            }
        }

        [Fact]
        public void Marvin32_MatchesTheSymCryptTestVectors()
        {
            // SymCrypt's published vectors (lib/marvin32.c), quoted by microsoft/security-utilities' MarvinTests.
            Assert.Equal(Fold(0x22c74339492769bf), Marvin32.Compute(Encoding.ASCII.GetBytes("abc"), 0, 3, 0xd53cd9cecd0893b7));
            var alphabet = Encoding.ASCII.GetBytes("abcdefghijklmnopqrstuvwxyz");
            Assert.Equal(Fold(0xa128eb7e7260aca2), Marvin32.Compute(alphabet, 0, alphabet.Length, 0xddddeeeeffff000));
            Assert.Equal(0x44656661756c7430UL, Marvin32.Seed("Default0"));

            static int Fold(ulong hash) => (int)(hash >> 32) ^ (int)hash;
        }

        public static IEnumerable<object[]> PrefixTokens() => new[]
        {
            new object[] { FakeTokens.GitHubToken(), "GitHubToken" },
            new object[] { FakeTokens.GitHubFineGrainedToken(), "GitHubFineGrainedToken" },
            new object[] { FakeTokens.AwsAccessKeyId(), "AwsAccessKey" },
            new object[] { FakeTokens.SlackBotToken(), "SlackToken" },
            new object[] { FakeTokens.StripeLiveKey(), "StripeSecretKey" },
            new object[] { FakeTokens.GoogleApiKey(), "GoogleApiKey" },
            new object[] { FakeTokens.OpenAIKey(), "OpenAIApiKey" },
            new object[] { FakeTokens.SendGridKey(), "SendGridApiKey" },
            new object[] { FakeTokens.NpmToken(), "NpmAccessToken" },
            new object[] { FakeTokens.Jwt(), "Jwt" },
            new object[] { "Authorization: Bearer " + FakeTokens.Jwt(), "Jwt" },
            new object[] { FakeTokens.ServiceBusSasToken(), "ServiceBusSasToken" },
            new object[] { FakeTokens.PemPrivateKey(), "PrivateKey" },
        };

        [Theory]
        [MemberData(nameof(PrefixTokens))]
        public void FormatToken_IsRecognised(string text, string kind)
        {
            var found = KnownSecretDetector.Detect(text);

            Assert.Equal(kind, found?.Kind);
            Assert.False(found!.ChecksumVerified);
        }

        [Fact]
        public void AwsKeyIdWithItsSecret_SaysBoth()
        {
            var found = KnownSecretDetector.Detect("aws_access_key_id=" + FakeTokens.AwsAccessKeyId() + " aws_secret=" + FakeTokens.AwsSecretAccessKey());

            Assert.Equal("AWS access key id with its secret access key", found?.DisplayName);
        }

        [Fact]
        public void OlderEntraFormat_HasNoChecksum_AndIsReportedUnverified()
        {
            var secret = "abc" + "7Q~" + FakeTokens.Random62(31, 5);
            var found = KnownSecretDetector.Detect(secret);

            Assert.Equal("EntraClientSecret", found?.Kind);
            Assert.False(found!.ChecksumVerified);
        }

        [Theory]
        [InlineData("")]
        [InlineData("short")]
        [InlineData("The quick brown fox jumps over the lazy dog, twice over, without any secret at all.")]
        [InlineData("System.Collections.Generic.Dictionary`2[System.String,System.Int32]")]
        [InlineData("https://contoso.blob.core.windows.net/container/path/to/a/very/long/blob/name.json")]
        [InlineData("SELECT CustomerId, OrderDate FROM Orders WHERE CustomerId = @customerId ORDER BY OrderDate")]
        [InlineData("-----BEGIN CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END CERTIFICATE-----")]
        [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
        [InlineData("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----")]
        [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.")]
        [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")]
        [InlineData("AKIAIOSFODNN7EXAMPLE")]
        [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
        [InlineData("ghp_<your-personal-access-token-goes-here>")]
        [InlineData("sk-this-is-not-an-openai-key-just-a-long-dashed-identifier")]
        [InlineData("sk_test_51HqLyjWDarjtT1zdp7dcXAMPLEdoNotUseThisKeyInProduction0")]
        [InlineData("pk_live_1234567890abcdefghijklmnopqrstuv")]
        [InlineData("xoxb-your-token-here-with-no-digits-at-all")]
        [InlineData("AIzaSy-placeholder")]
        [InlineData("secret_scanning_ab85fc6f8d7638cf1c11da812da308d43_aBcDe")]
        [InlineData("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")]
        [InlineData("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")]
        [InlineData("SharedAccessSignature sr=https%3A%2F%2Fcontoso.servicebus.windows.net%2F&sig={signature}&se=1900000000&skn=Send")]
        [InlineData("3fa85f64-5717-4562-b3fc-2c963f66afa6-3fa85f64-5717-4562-b3fc-2c963f66afa6")]
        [InlineData("abc8Q~thisIsNotAValidChecksummedSecretValue")]
        public void NonSecrets_AreNotRecognised(string text) =>
            Assert.Null(KnownSecretDetector.Detect(text));

        [Fact]
        public void KeyShapeWithoutValidChecksum_IsNotRecognised()
        {
            // The storage signature at the right offset, but random bytes where the checksum should be.
            var shape = FakeTokens.Random62(76, 21) + "+ASt" + FakeTokens.Random62(5, 22) + "A==";
            Assert.Null(KnownSecretDetector.Detect(shape));
        }

        [Fact]
        public void AnyInput_NeverThrows_AndStaysLinear()
        {
            var random = new Random(42);
            const string alphabet = "Q~+/=_-.AaZz09JQQJ9 \n\"';:&?eyJ-----BEGIN PRIVATE KEY";
            for (var round = 0; round < 2000; round++)
            {
                var text = new StringBuilder();
                var length = random.Next(0, 300);
                for (var i = 0; i < length; i++)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                KnownSecretDetector.Detect(text.ToString());
            }

            // Pathological: one megabyte run of key characters, and a run of signature look-alikes.
            var huge = new string('A', 1_000_000);
            var alike = new StringBuilder();
            for (var i = 0; i < 50_000; i++)
            {
                alike.Append("+ASt");
            }

            var stopwatch = Stopwatch.StartNew();
            Assert.Null(KnownSecretDetector.Detect(huge));
            Assert.Null(KnownSecretDetector.Detect(alike.ToString()));
            Assert.Null(KnownSecretDetector.Detect(new string('Q', 500_000) + "~" + new string('~', 500_000)));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "detection took " + stopwatch.Elapsed);
        }

        [Fact]
        public void ConnectionStringAnchors_RecogniseKeywordAnchoredSecrets()
        {
            Assert.True(ConnectionStringAnchors.HasSecretKeyword("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=" + FakeTokens.ServiceBusKey()));
            Assert.True(ConnectionStringAnchors.HasSecretKeyword("Server=tcp:contoso.database.windows.net;User ID=app;Password=" + FakeTokens.Random62(16, 1)));
            Assert.True(ConnectionStringAnchors.HasSecretKeyword("contoso.redis.cache.windows.net:6380,password=" + FakeTokens.RedisKey() + ",ssl=True"));
            Assert.True(ConnectionStringAnchors.HasSecretKeyword("Endpoint=https://contoso.azconfig.io;Id=abc;Secret=" + FakeTokens.Random62(44, 2)));
            Assert.True(ConnectionStringAnchors.HasSecretKeyword("https://contoso.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sig=" + FakeTokens.Random62(43, 3) + "%3D"));

            Assert.False(ConnectionStringAnchors.HasSecretKeyword("Server=tcp:contoso.database.windows.net;Authentication=Active Directory Default"));
            Assert.False(ConnectionStringAnchors.HasSecretKeyword("Server=.;Database=app;Password=;Trusted_Connection=True"));
            Assert.False(ConnectionStringAnchors.HasSecretKeyword("Server=.;Password={0}"));
            Assert.False(ConnectionStringAnchors.HasSecretKeyword("The Password= setting goes in Key Vault"));
            Assert.False(ConnectionStringAnchors.HasSecretKeyword(FakeTokens.ServiceBusSasToken()));
            Assert.False(ConnectionStringAnchors.HasSecretKeyword(FakeTokens.StorageKey()));
        }
    }
}
