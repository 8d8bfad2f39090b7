using System.Threading.Tasks;
using SecretlessAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SecretlessAnalyzers.Tests.Infrastructure.SecretlessVerifier<
    SecretlessAnalyzers.Rules.AzureServiceConnectionStringAnalyzer,
    SecretlessAnalyzers.CodeFixes.AzureServices.AzureServiceConnectionStringCodeFixProvider>;

namespace SecretlessAnalyzers.Tests.AzureServices
{
    /// <summary>SL1007 code fix: App Configuration, Web PubSub and Redis token credentials, fix-all, and where no fix is offered.</summary>
    public class AzureServiceConnectionStringFixTests
    {
        private static readonly string Key = FakeServiceSecrets.AccessKey();
        private static readonly string Redis = $"contoso-cache.redis.cache.windows.net:6380,password={Key},ssl=True,abortConnect=False";
        private static readonly string AppConfiguration = $"Endpoint=https://contoso-config.azconfig.io;Id=Ab1c-l0-s0:Q2xhc3NpYw;Secret={Key}";
        private static readonly string WebPubSub = $"Endpoint=https://contoso-hub.webpubsub.azure.com;AccessKey={Key};Version=1.0;";

        [Fact]
        public Task ConfigurationClient_BecomesUriAndCredential_OptionsKept() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Data.AppConfiguration;

                class Settings
                {
                    public ConfigurationClient Client(ConfigurationClientOptions options) => new ConfigurationClient({|SL1007:"{{AppConfiguration}}"|}, options);
                }
                """,
                """
                using System;
                using Azure.Data.AppConfiguration;
                using Azure.Identity;

                class Settings
                {
                    public ConfigurationClient Client(ConfigurationClientOptions options) => new ConfigurationClient(new Uri("https://contoso-config.azconfig.io"), new DefaultAzureCredential(), options);
                }
                """);

        [Fact]
        public Task AddAzureAppConfiguration_ConnectsWithTheCredential_ConstRemoved() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Extensions.Configuration;

                static class Configuration
                {
                    private const string AppConfig = {|SL1007:"{{AppConfiguration}}"|};

                    public static IConfigurationBuilder Add(IConfigurationBuilder builder) => builder.AddAzureAppConfiguration(AppConfig, optional: true);

                    public static IConfigurationBuilder AddAgain(IConfigurationBuilder builder) =>
                        builder.AddAzureAppConfiguration(
                            AppConfig,
                            optional: false);
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Configuration;

                static class Configuration
                {
                    public static IConfigurationBuilder Add(IConfigurationBuilder builder) => builder.AddAzureAppConfiguration(appConfiguration => appConfiguration.Connect(new Uri("https://contoso-config.azconfig.io"), new DefaultAzureCredential()), optional: true);

                    public static IConfigurationBuilder AddAgain(IConfigurationBuilder builder) =>
                        builder.AddAzureAppConfiguration(
                            appConfiguration => appConfiguration.Connect(new Uri("https://contoso-config.azconfig.io"), new DefaultAzureCredential()),
                            optional: false);
                }
                """);

        [Fact]
        public Task AppConfigurationOptionsConnect_TakesUriAndCredential() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Extensions.Configuration;

                static class Configuration
                {
                    public static IConfigurationBuilder Add(IConfigurationBuilder builder) =>
                        builder.AddAzureAppConfiguration(options => options.Connect({|SL1007:"{{AppConfiguration}}"|}));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Configuration;

                static class Configuration
                {
                    public static IConfigurationBuilder Add(IConfigurationBuilder builder) =>
                        builder.AddAzureAppConfiguration(options => options.Connect(new Uri("https://contoso-config.azconfig.io"), new DefaultAzureCredential()));
                }
                """);

        [Fact]
        public Task WebPubSubServiceClient_KeepsTheHub() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Azure.Messaging.WebPubSub;

                class Notifications
                {
                    public WebPubSubServiceClient Client() => new WebPubSubServiceClient({|SL1007:"{{WebPubSub}}"|}, "orders");
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Azure.Messaging.WebPubSub;

                class Notifications
                {
                    public WebPubSubServiceClient Client() => new WebPubSubServiceClient(new Uri("https://contoso-hub.webpubsub.azure.com"), "orders", new DefaultAzureCredential());
                }
                """);

        [Fact]
        public Task WebPubSubRegistration_MovesToTheTokenOverload() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddWebPubSubServiceClient({|SL1007:"{{WebPubSub}}"|}, "orders"));
                }
                """,
                """
                using System;
                using Azure.Identity;
                using Microsoft.Extensions.Azure;
                using Microsoft.Extensions.DependencyInjection;

                static class Registrations
                {
                    public static void Add(IServiceCollection services) =>
                        services.AddAzureClients(clients => clients.AddWebPubSubServiceClient(new Uri("https://contoso-hub.webpubsub.azure.com"), "orders", new DefaultAzureCredential()));
                }
                """);

        [Fact]
        public Task Redis_ConnectInAsyncMethod_AwaitsTokenConfiguration() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System.Threading.Tasks;
                using StackExchange.Redis;

                class Cache
                {
                    public async Task<IDatabase> OpenAsync()
                    {
                        var connection = ConnectionMultiplexer.Connect({|SL1007:"{{Redis}}"|});
                        await Task.Yield();
                        return connection.GetDatabase();
                    }
                }
                """,
                """
                using System.Threading.Tasks;
                using Azure.Identity;
                using StackExchange.Redis;

                class Cache
                {
                    public async Task<IDatabase> OpenAsync()
                    {
                        var connection = await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse("contoso-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False").ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential()));
                        await Task.Yield();
                        return connection.GetDatabase();
                    }
                }
                """);

        [Fact]
        public Task Redis_ConnectAsyncAndParse_KeepTheirShape() =>
            Verify.VerifyCodeFixAsync(
                $$"""
                using System.Threading.Tasks;
                using StackExchange.Redis;

                class Cache
                {
                    private const string Configuration = {|SL1007:"{{Redis}}"|};

                    public async Task<ConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(Configuration);

                    public async Task<bool> IsSecureAsync() => ConfigurationOptions.Parse(Configuration).Ssl;
                }
                """,
                """
                using System.Threading.Tasks;
                using Azure.Identity;
                using StackExchange.Redis;

                class Cache
                {
                    private const string Configuration = "contoso-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False";

                    public async Task<ConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(await ConfigurationOptions.Parse(Configuration).ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential()));

                    public async Task<bool> IsSecureAsync() => (await ConfigurationOptions.Parse(Configuration).ConfigureForAzureWithTokenCredentialAsync(new DefaultAzureCredential())).Ssl;
                }
                """);

        [Fact]
        public Task ManagedIdentityAction_WritesTheSystemAssignedForm() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Data.AppConfiguration;

                    class Settings
                    {
                        public ConfigurationClient Client() => new ConfigurationClient({|SL1007:"{{AppConfiguration}}"|});
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;

                    class Settings
                    {
                        public ConfigurationClient Client() => new ConfigurationClient(new Uri("https://contoso-config.azconfig.io"), new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned));
                    }
                    """,
                CodeActionEquivalenceKey = CredentialActions.UseManagedIdentityCredentialKey,
            }.RunAsync();

        [Fact]
        public Task FixAll_InOneClass_SharesOneCredentialField() =>
            new Verify.Test
            {
                TestCode = $$"""
                    using Azure.Data.AppConfiguration;
                    using Azure.Messaging.WebPubSub;

                    class Clients
                    {
                        private static readonly ConfigurationClient Settings = new ConfigurationClient({|SL1007:"{{AppConfiguration}}"|});
                        private static readonly WebPubSubServiceClient Notifications = new WebPubSubServiceClient({|SL1007:"{{WebPubSub}}"|}, "orders");
                    }
                    """,
                FixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Azure.Messaging.WebPubSub;

                    class Clients
                    {
                        private static readonly ConfigurationClient Settings = new ConfigurationClient(new Uri("https://contoso-config.azconfig.io"), new DefaultAzureCredential());
                        private static readonly WebPubSubServiceClient Notifications = new WebPubSubServiceClient(new Uri("https://contoso-hub.webpubsub.azure.com"), "orders", new DefaultAzureCredential());
                    }
                    """,
                BatchFixedCode = """
                    using System;
                    using Azure.Data.AppConfiguration;
                    using Azure.Identity;
                    using Azure.Messaging.WebPubSub;

                    class Clients
                    {
                        private static readonly DefaultAzureCredential AzureCredential = new DefaultAzureCredential();

                        private static readonly ConfigurationClient Settings = new ConfigurationClient(new Uri("https://contoso-config.azconfig.io"), AzureCredential);
                        private static readonly WebPubSubServiceClient Notifications = new WebPubSubServiceClient(new Uri("https://contoso-hub.webpubsub.azure.com"), "orders", AzureCredential);
                    }
                    """,
            }.RunAsync();

        [Fact]
        public Task RedisInSynchronousCode_SignalR_EventGrid_Unknown_AreReportedWithoutFix()
        {
            var source = $$"""
                using StackExchange.Redis;

                class C
                {
                    public ConnectionMultiplexer Cache() => ConnectionMultiplexer.Connect({|SL1007:"{{Redis}}"|});

                    public object Lock = new object();

                    public async System.Threading.Tasks.Task LockedAsync()
                    {
                        lock (Lock)
                        {
                            ConnectionMultiplexer.Connect({|SL1007:"{{Redis}}"|});
                        }
                    }

                    public const string SignalR = {|SL1007:"Endpoint=https://contoso-chat.service.signalr.net;AccessKey={{Key}};Version=1.0;"|};
                    public const string EventGrid = {|SL1007:"Endpoint=https://contoso-orders.westeurope-1.eventgrid.azure.net/api/events;Key={{Key}}"|};
                    public static string Logged() => {|SL1007:string.Concat("{{AppConfiguration}}", "")|};
                }
                """;
            return Verify.VerifyCodeFixAsync(source, source);
        }

        [Fact]
        public Task RedisWithoutTheAzureExtension_IsReportedWithoutFix_MessageNamesThePackage()
        {
            var test = new Verify.Test
            {
                TestCode = $$"""
                    namespace StackExchange.Redis
                    {
                        public class ConnectionMultiplexer { public static ConnectionMultiplexer Connect(string configuration) => null; }
                    }

                    class C
                    {
                        object Connect() => StackExchange.Redis.ConnectionMultiplexer.Connect({|#0:"{{Redis}}"|});
                    }
                    """,
            };
            // Without StackExchange.Redis and the Microsoft.Azure.StackExchangeRedis stand-in: the test declares its own.
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.Except("StackExchange.Redis", "SecretlessAnalyzers.StandIns"));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0).WithArguments(
                "Access key (password)", "Azure Cache for Redis", "contoso-cache", FakeSecrets.Redacted(Key), "Data Contributor (Redis data access policy)",
                ". Add the Microsoft.Azure.StackExchangeRedis package to enable the automatic fix"));
            test.FixedState.Sources.AddRange(test.TestState.Sources);
            return test.RunAsync();
        }
    }
}
