using System;
using System.Collections.Immutable;
using System.Linq;
using SecretlessAnalyzers.Common;
using SecretlessAnalyzers.Configuration;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tokens;
using Xunit;

namespace SecretlessAnalyzers.Tests.Detection
{
    /// <summary>
    /// The precision classes of issue 16 at the level every rule shares: placeholders and templates, masked and cut
    /// values, typed filler, ASP.NET Core Identity hashes, words given as keys; and the recall bug where a random key
    /// was dropped because its text held a placeholder or secret word by chance.
    /// </summary>
    public class NonSecretClassifierTests
    {
        [Theory]
        [InlineData("<your-key>")]
        [InlineData("{key}")]
        [InlineData("xxxxxxxxxxxxxxxxxxxxxxxx")]
        [InlineData("your_password_here")]
        [InlineData("YourStorageKeyHere")]
        [InlineData("changeme")]
        [InlineData("REPLACE_ME")]
        [InlineData("replace-with-real-key")]
        [InlineData("yourStrong(!)Password")]
        [InlineData("aaaaaaaaaaaaaaaa")]
        [InlineData("abcabcabcabcabc")]
        [InlineData("1234567890abcdef")]
        [InlineData("abcdefghijklmnop")]
        [InlineData("0123456789ABCDEF0123")]
        [InlineData("****************")]
        [InlineData("abcd...wxyz")]
        [InlineData("Ab3x\u2026")]
        [InlineData("Zx9q\u2022\u2022\u2022\u2022\u2022\u20227Lp")]
        [InlineData("unused")]
        [InlineData("dummy")]
        [InlineData("my-fake-key-123")]
        [InlineData("TODO: put the key here")]
        public void Placeholders_AreNotSecrets(string value) => Assert.True(NonSecretClassifier.IsNonSecret(value), value);

        [Fact]
        public void AspNetCoreIdentityV3Hash_IsNotASecret()
        {
            // Marker 1, PRF HMACSHA512 (2), 100,000 iterations, 16-byte salt, 32-byte subkey.
            var bytes = new byte[] { 1, 0, 0, 0, 2, 0, 1, 0x86, 0xA0, 0, 0, 0, 16 }.Concat(Enumerable.Range(0, 48).Select(i => (byte)(i * 37 + 11))).ToArray();
            var hash = Convert.ToBase64String(bytes);
            Assert.StartsWith("AQAAAA", hash, StringComparison.Ordinal);
            Assert.True(NonSecretClassifier.IsAspNetIdentityPasswordHash(hash));
            Assert.True(NonSecretClassifier.IsNonSecret(hash));
        }

        [Fact]
        public void RandomKeyStartingLikeAHash_IsStillASecret()
        {
            // The same prefix without the hash layout (salt length 0) is a key.
            var key = FakeSecrets.StorageAccountKey(7);
            Assert.False(NonSecretClassifier.IsAspNetIdentityPasswordHash(key));
            Assert.False(NonSecretClassifier.IsNonSecret(key));
        }

        [Theory]
        [InlineData("BatchAccountKey")]
        [InlineData("unused")]
        [InlineData("my storage key")]
        [InlineData("primary-key")]
        public void WordsGivenAsAKey_AreNotKeys(string value) => Assert.True(NonSecretClassifier.IsNonSecretKey(value), value);

        [Fact]
        public void GeneratedKeys_AreKeys()
        {
            for (var seed = 1; seed <= 200; seed++)
            {
                var key = FakeSecrets.StorageAccountKey(seed);
                Assert.False(NonSecretClassifier.IsNonSecretKey(key), key.Substring(0, 4));
                Assert.True(KeyShapes.IsBase64Key(key));
            }
        }

        [Theory]
        [InlineData("Q9sas+Lm2", "sas", false)]
        [InlineData("x7pwdZ3kQ", "pwd", false)]
        [InlineData("your_password_here", "your", true)]
        [InlineData("YourKeyHere", "key", true)]
        [InlineData("mypasswordhere", "password", true)]
        [InlineData("Password:", "password", true)]
        [InlineData("keyboard", "key", false)]
        [InlineData("a1Key9", "key", false)]
        public void Words_CountOnlyAsWordsOfTheValue(string value, string word, bool expected) =>
            Assert.Equal(expected, NonSecretClassifier.ContainsWord(value, word));

        /// <summary>
        /// Issue 16: about 1.6% of random 88-character keys under a secret-named setting were dropped because the
        /// text held "pwd", "sas", "key", "todo"... by chance. Now none of 2,000 is.
        /// </summary>
        [Fact]
        public void RandomKeysUnderSecretNamedSettings_AreNeverDropped()
        {
            var dropped = Enumerable.Range(1, 2000)
                .Select(seed => FakeSecrets.StorageAccountKey(seed).Replace("=", string.Empty))
                .Count(key => !SecretNames.LooksLikeSecret(key, SecretlessOptions.DefaultMinEntropy, SecretlessOptions.DefaultSecretWords)
                    || ValueSecretDetectors.Detect(key, "Smtp:Password") is null);
            Assert.Equal(0, dropped);
        }

        [Fact]
        public void RandomKeysContainingSecretWords_AreKeptAndLabelsAreNot()
        {
            var words = SecretlessOptions.DefaultSecretWords;
            Assert.True(SecretNames.LooksLikeSecret("Hq7+Xsas9Zt92LmXw4Rkv", 3.0, words));
            Assert.True(SecretNames.LooksLikeSecret("aB3pwdQ9zLx7Rt2Vm8Kc", 3.0, words));
            Assert.False(SecretNames.LooksLikeSecret("api_key_missing!", 3.0, words));
            Assert.False(SecretNames.LooksLikeSecret("Password:Required1", 3.0, words));
        }

        [Theory]
        [InlineData("StorageKey")]
        [InlineData("AzureStorageKey")]
        [InlineData("BlobStorageKey")]
        [InlineData("StoragePrimaryKey")]
        [InlineData("StorageAccountKey2")]
        [InlineData("OrdersApiKey")]
        [InlineData("S3AccessKey")]
        [InlineData("storage_key")]
        [InlineData("COSMOS_AUTH_KEY")]
        [InlineData("Password1")]
        public void SecretNamedSettings_MatchByNameSegments(string name) =>
            Assert.NotNull(SecretNames.MatchSecretWord(name, SecretlessOptions.DefaultSecretWords));

        [Theory]
        [InlineData("PartitionKey")]
        [InlineData("RowKey")]
        [InlineData("Key")]
        [InlineData("StorageKeyName")]
        [InlineData("PasswordHash")]
        [InlineData("ApiKeyHeader")]
        [InlineData("CertificateThumbprint")]
        public void OtherNames_AreNotSecretNamed(string name) =>
            Assert.Null(SecretNames.MatchSecretWord(name, SecretlessOptions.DefaultSecretWords));

        [Theory]
        [InlineData("Storage:Key")]
        [InlineData("Values:BlobStorageKey")]
        [InlineData("Cosmos:PrimaryKey")]
        [InlineData("Search:AdminKey2")]
        public void ConfigurationKeysEndingInKey_AreSecretNamedByTheirSection(string key) =>
            Assert.NotNull(ValueSecretDetectors.Detect(FakeSecrets.StorageAccountKey(3).Substring(0, 40), key));

        [Fact]
        public void ConfigurationValueUnderPartitionKey_IsNotASecret() =>
            Assert.Null(ValueSecretDetectors.Detect("Hq7Zt92LmXw4Rkv8", "Table:PartitionKey"));
    }
}
