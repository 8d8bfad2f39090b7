using System.Threading.Tasks;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyDatabase = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.DatabasePasswordAnalyzer,
    SecretlessAnalyzers.CodeFixes.Databases.DatabasePasswordCodeFixProvider>;
using VerifyRedis = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;
using VerifyStorage = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.StorageAccountKeyAnalyzer,
    SecretlessAnalyzers.CodeFixes.Storage.StorageAccountKeyCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.Shapes
{
    /// <summary>
    /// Secrets embedded in dependency-injection registrations: <c>AddDbContext</c> (EF Core SqlServer), <c>AddAzureClients</c>
    /// (Microsoft.Extensions.Azure) and <c>AddStackExchangeRedisCache</c> (Microsoft.Extensions.Caching.StackExchangeRedis).
    /// </summary>
    public class DiRegistrationFixTests
    {
        private static readonly string Password = FakeServiceSecrets.DatabasePassword();
        private static readonly string OrdersSql = $"Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={Password};Encrypt=True;";
        private static readonly string BillingSql = $"Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password={Password};Encrypt=True;";

        private const string DbContexts = """

            class OrdersContext : DbContext { public OrdersContext(DbContextOptions<OrdersContext> options) : base(options) { } }
            class BillingContext : DbContext { public BillingContext(DbContextOptions<BillingContext> options) : base(options) { } }
            """;

        [Fact]
        public Task AddDbContext_And_AddDbContextPool_UseSqlServer_FixAll_RewriteTheConnectionStrings() =>
            new VerifyDatabase.Test
            {
                TestCode = $$"""
                    using Microsoft.EntityFrameworkCore;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services)
                        {
                            services.AddDbContext<OrdersContext>(o => o.UseSqlServer({|SL1003:"{{OrdersSql}}"|}));
                            services.AddDbContextPool<BillingContext>(options => options.UseSqlServer({|SL1003:"{{BillingSql}}"|}, sql => sql.EnableRetryOnFailure()));
                        }
                    }
                    {{DbContexts}}
                    """,
                FixedCode = $$"""
                    using Microsoft.EntityFrameworkCore;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services)
                        {
                            services.AddDbContext<OrdersContext>(o => o.UseSqlServer("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=orders;Authentication=Active Directory Default;Encrypt=True;"));
                            services.AddDbContextPool<BillingContext>(options => options.UseSqlServer("Server=tcp:contoso-sql.database.windows.net,1433;Initial Catalog=billing;Authentication=Active Directory Default;Encrypt=True;", sql => sql.EnableRetryOnFailure()));
                        }
                    }
                    {{DbContexts}}
                    """,
            }.RunAsync();

        [Fact]
        public Task AddAzureClients_StorageRegistrations_FixAll_ShareOneCredential() =>
            new VerifyStorage.Test
            {
                TestCode = $$"""
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient({|SL1001:"{{FakeSecrets.StorageConnectionString("contoso")}}"|});
                                clients.AddQueueServiceClient({|SL1001:"{{FakeSecrets.StorageConnectionString("fabrikam")}}"|});
                            });
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient(new Uri("https://contoso.blob.core.windows.net")).WithCredential(new DefaultAzureCredential());
                                clients.AddQueueServiceClient(new Uri("https://fabrikam.queue.core.windows.net")).WithCredential(new DefaultAzureCredential());
                            });
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Identity;
                    using Microsoft.Extensions.Azure;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services) =>
                            services.AddAzureClients(clients =>
                            {
                                clients.AddBlobServiceClient(new Uri("https://contoso.blob.core.windows.net")).WithCredential(AzureCredential);
                                clients.AddQueueServiceClient(new Uri("https://fabrikam.queue.core.windows.net")).WithCredential(AzureCredential);
                            });
                    }
                    """,
            }.RunAsync();

        private static readonly string RedisKey = FakeServiceSecrets.AccessKey();

        private static string RedisCacheRegistrations(string orders, string sessions) => $$"""
            using Microsoft.Extensions.Caching.StackExchangeRedis;
            using Microsoft.Extensions.DependencyInjection;

            static class Registrations
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddStackExchangeRedisCache(o => o.Configuration = {{orders}});
                    services.Configure<RedisCacheOptions>(options => options.Configuration = {{sessions}});
                }
            }
            """;

        /// <summary>
        /// With Microsoft.Azure.StackExchangeRedis referenced (its stand-in), the string property becomes an async connection
        /// factory: the code around it need not await. Fix-all shares one credential.
        /// </summary>
        [Fact]
        public Task AddStackExchangeRedisCache_ConfigurationWithPassword_BecomesTokenConnectionFactory_FixAll() =>
            new VerifyRedis.Test
            {
                TestCode = RedisCacheRegistrations(
                    $"{{|SL1007:\"contoso-cache.redis.cache.windows.net:6380,password={RedisKey},ssl=True\"|}}",
                    $"{{|SL1007:\"fabrikam-cache.redis.cache.windows.net:6380,password={RedisKey},ssl=True\"|}}"),
                FixedCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Caching.StackExchangeRedis;
                    using Microsoft.Extensions.DependencyInjection;
                    using StackExchange.Redis;

                    static class Registrations
                    {
                        public static void Add(IServiceCollection services)
                        {
                            services.AddStackExchangeRedisCache(o => o.ConnectionMultiplexerFactory = async () => await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("contoso-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential())));
                            services.Configure<RedisCacheOptions>(options => options.ConnectionMultiplexerFactory = async () => await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("fabrikam-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential())));
                        }
                    }
                    """,
                BatchFixedCode = """
                    using Azure.Identity;
                    using Microsoft.Extensions.Caching.StackExchangeRedis;
                    using Microsoft.Extensions.DependencyInjection;
                    using StackExchange.Redis;

                    static class Registrations
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        public static void Add(IServiceCollection services)
                        {
                            services.AddStackExchangeRedisCache(o => o.ConnectionMultiplexerFactory = async () => await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("contoso-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(AzureCredential)));
                            services.Configure<RedisCacheOptions>(options => options.ConnectionMultiplexerFactory = async () => await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("fabrikam-cache.redis.cache.windows.net:6380,ssl=True").ConfigureForAzureWithTokenCredentialAsync(AzureCredential)));
                        }
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task AddStackExchangeRedisCache_WithoutTheAzureExtension_IsReportedWithoutFix_MessageSaysWhy()
        {
            var test = new VerifyRedis.Test
            {
                TestCode = RedisCacheRegistrations(
                    $"{{|#0:\"contoso-cache.redis.cache.windows.net:6380,password={RedisKey},ssl=True\"|}}",
                    "\"localhost:6379\""),
            };
            // Without the Microsoft.Azure.StackExchangeRedis stand-in (StackExchange.Redis and the cache package stay).
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Except("SecretlessAnalyzers.StandIns"));
            test.ExpectedDiagnostics.Add(VerifyRedis.Diagnostic().WithLocation(0).WithArguments(
                "Access key (password)", "Azure Cache for Redis", "contoso-cache", FakeSecrets.Redacted(RedisKey), "Data Contributor (Redis data access policy)",
                RedisCacheNote));
            test.FixedState.Sources.AddRange(test.TestState.Sources);
            return test.RunAsync();
        }

        private const string RedisCacheNote =
            ". RedisCacheOptions.Configuration cannot carry a token: add the Microsoft.Azure.StackExchangeRedis package to enable the automatic fix "
            + "(a ConnectionMultiplexerFactory that connects with ConfigureForAzureWithTokenCredentialAsync)";
    }
}
