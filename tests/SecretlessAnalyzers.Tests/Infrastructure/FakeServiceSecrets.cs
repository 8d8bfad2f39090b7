namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Database passwords and service access keys built at run time from <see cref="FakeSecrets"/>, so no secret-shaped
    /// literal is committed.
    /// </summary>
    public static class FakeServiceSecrets
    {
        /// <summary>A generated database password: 20 characters of mixed case, digits and punctuation.</summary>
        public static string DatabasePassword(int seed = 11) => "Pw!" + FakeSecrets.StorageAccountKey(seed).Substring(0, 17).Replace('/', '#').Replace('+', '%');

        /// <summary>A 32-byte access key in base64 (44 characters), the shape of Redis, App Configuration and Web PubSub keys.</summary>
        public static string AccessKey(int seed = 21) => FakeSecrets.StorageAccountKey(seed).Substring(0, 43) + "=";
    }
}
