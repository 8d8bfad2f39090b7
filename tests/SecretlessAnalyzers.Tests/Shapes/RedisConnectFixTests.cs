using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>
    /// Redis <c>ConnectionMultiplexer.Connect("...password=...")</c>: Entra authentication comes from Microsoft.Azure.StackExchangeRedis
    /// (the stand-in of its API in tests/StandIns), whose configuration step must be awaited. Fixed (fix-all included) where
    /// the code can await; in synchronous code no fix, and the message names the package, the async way and the access policy.
    /// </summary>
    public class RedisConnectFixTests
    {
        private static readonly string Key = FakeServiceSecrets.AccessKey();
        private static readonly string Orders = $"contoso-cache.redis.cache.windows.net:6380,password={Key},ssl=True";
        private static readonly string Sessions = $"fabrikam-cache.redis.cache.windows.net:6380,password={Key},ssl=True";

        [Fact]
        public Task SynchronousConnect_InSynchronousCode_IsReportedWithoutFix_MessageNamesPackageAndAccessPolicy()
        {
            var source = $$"""
                    using StackExchange.Redis;

                    class Cache
                    {
                        private static readonly ConnectionMultiplexer Orders = ConnectionMultiplexer.Connect({|#0:"{{Orders}}"|});

                        public IDatabase Sessions() => ConnectionMultiplexer.Connect({|#1:"{{Sessions}}"|}).GetDatabase();
                    }
                    """;
            return Verify.VerifyCodeFixAsync(source, new[]
            {
                Expected(0, "contoso-cache"),
                Expected(1, "fabrikam-cache"),
            }, source);
        }

        [Fact]
        public Task SynchronousConnect_InAsyncCode_FixAll_AwaitsTheTokenConfiguration() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using System.Threading.Tasks;
                    using StackExchange.Redis;

                    class Cache
                    {
                        public async Task<IDatabase> OrdersAsync()
                        {
                            await Task.Yield();
                            return ConnectionMultiplexer.Connect({|SL1007:"{{Orders}}"|}).GetDatabase();
                        }

                        public async Task<IDatabase> SessionsAsync()
                        {
                            await Task.Yield();
                            return ConnectionMultiplexer.Connect({|SL1007:"{{Sessions}}"|}).GetDatabase();
                        }
                    }
                    """,
                FixedCode = """
                    using System.Threading.Tasks;
                    using Azure.Identity;
                    using StackExchange.Redis;

                    class Cache
                    {
                        public async Task<IDatabase> OrdersAsync()
                        {
                            await Task.Yield();
                            return (await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("contoso-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential()))).GetDatabase();
                        }

                        public async Task<IDatabase> SessionsAsync()
                        {
                            await Task.Yield();
                            return (await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("fabrikam-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential()))).GetDatabase();
                        }
                    }
                    """,
                BatchFixedCode = """
                    using System.Threading.Tasks;
                    using Azure.Identity;
                    using StackExchange.Redis;

                    class Cache
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public async Task<IDatabase> OrdersAsync()
                        {
                            await Task.Yield();
                            return (await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("contoso-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(AzureCredential))).GetDatabase();
                        }

                        public async Task<IDatabase> SessionsAsync()
                        {
                            await Task.Yield();
                            return (await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("fabrikam-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(AzureCredential))).GetDatabase();
                        }
                    }
                    """,
            }.RunAsync();

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string cache) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(
                "Access key (password)", "Azure Cache for Redis", cache, FakeSecrets.Redacted(Key), "Data Contributor (Redis data access policy)",
                ". No automatic fix: Entra authentication (ConfigureForAzureWithTokenCredentialAsync, Microsoft.Azure.StackExchangeRedis) must be awaited "
                + "and this code cannot await; connect with ConnectionMultiplexer.ConnectAsync in async code");
    }
}
