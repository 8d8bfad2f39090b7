// Stand-in for the public surface of the NuGet package Microsoft.Azure.StackExchangeRedis 3.3.1 (Entra ID authentication
// for Azure Cache for Redis / Azure Managed Redis), which the package registry here does not serve.
// Source: src/PublicAPI.Shipped.txt and src/AzureCacheForRedis.cs, src/AzureCacheOptions.cs of
// Azure/Microsoft.Azure.StackExchangeRedis at tag 3.3.1 (commit 32d5fe028a527eb189253d321aff012876afa687). The shipped
// API is unchanged up to the 3.4.0 release preparation (commit 77ddfc7e3c4fc28a6f1f9375d4fdaf2288a99a9d).
// The extensions take the real StackExchange.Redis.ConfigurationOptions (package StackExchange.Redis, referenced for
// real); AzureCloudInstance comes from the real Microsoft.Identity.Client (a dependency of Azure.Identity).
// Declared: every member of AzureCacheForRedis and the AzureCacheOptions fields. Not declared: IAzureCacheTokenEvents,
// TokenResult and the event-argument types. Every body throws.
#nullable enable annotations

namespace StackExchange.Redis
{
    public static partial class AzureCacheForRedis
    {
        public static System.Action<StackExchange.Redis.ConfigurationOptions> ConfigureForAzure { get { throw null; } }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, Microsoft.Azure.StackExchangeRedis.AzureCacheOptions azureCacheOptions) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithServicePrincipalAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, string clientId, string tenantId, string? secret = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null, Microsoft.Identity.Client.AzureCloudInstance cloud = Microsoft.Identity.Client.AzureCloudInstance.AzurePublic, string? cloudUri = null) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithSystemAssignedManagedIdentityAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithTokenCredentialAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, global::Azure.Core.TokenCredential tokenCredential) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithUserAssignedManagedIdentityAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, string clientId) { throw null; }
    }
}

namespace Microsoft.Azure.StackExchangeRedis
{
    // The real fields have initializers (Cloud = AzurePublic, Scope = "https://redis.azure.com/.default",
    // ThrowOnTokenRefreshFailure = true, default ShouldTokenBeRefreshed/GetUserName delegates); initial values are not
    // part of the signature and are left out here.
    public partial class AzureCacheOptions
    {
        public AzureCacheOptions() { }
        public string? ClientId;
        public Microsoft.Identity.Client.AzureCloudInstance Cloud;
        public string? CloudUri;
        public System.Func<string?, string> GetUserName;
        public string Scope;
        public bool SendX5C;
        public System.Security.Cryptography.X509Certificates.X509Certificate2? ServicePrincipalCertificate;
        public string? ServicePrincipalSecret;
        public string? ServicePrincipalTenantId;
        public System.Func<System.DateTime, System.DateTime, bool> ShouldTokenBeRefreshed;
        public bool ThrowOnTokenRefreshFailure;
        public global::Azure.Core.TokenCredential? TokenCredential;
    }
}
