// Stand-in for the public surface of the NuGet package Microsoft.Azure.StackExchangeRedis (Entra authentication for
// Azure Cache for Redis). Follows src/PublicAPI.Shipped.txt of Azure/Microsoft.Azure.StackExchangeRedis at commit
// 77ddfc7e3c4fc28a6f1f9375d4fdaf2288a99a9d (see shared/reference/migrations.md, section 20). Only the token-credential
// and managed-identity extensions are declared; every body throws. See README.md.

namespace StackExchange.Redis
{
    public static partial class AzureCacheForRedis
    {
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithSystemAssignedManagedIdentityAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithTokenCredentialAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, Azure.Core.TokenCredential tokenCredential) { throw null; }
        public static System.Threading.Tasks.Task<StackExchange.Redis.ConfigurationOptions> ConfigureForAzureWithUserAssignedManagedIdentityAsync(this StackExchange.Redis.ConfigurationOptions configurationOptions, string clientId) { throw null; }
    }
}
